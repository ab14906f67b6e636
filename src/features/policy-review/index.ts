// The policy review feature: what the draft means, which pods it touches, who can reach whom.
export { PolicyReviewPanel } from './components/policy-review-panel';
