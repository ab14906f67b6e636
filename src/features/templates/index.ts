// The template gallery (issue 7). The page mounts TemplatesButton.
export { TemplatesButton, type TemplatesButtonProps } from './components/templates-gallery';
export { POLICY_TEMPLATES, findTemplate, templateNamespace, type PolicyTemplate } from './model/templates';
