// The accessible-name scheme (documented in README-contract.md): every item is a fieldset whose
// legend is its context, and every control inside is named "<context>, <field>".
import type { Direction } from '../form-model';

export function dirTitle(dir: Direction): string {
  return dir === 'ingress' ? 'Ingress' : 'Egress';
}

export function ruleContext(dir: Direction, index: number): string {
  return `${dirTitle(dir)} rule ${index + 1}`;
}

export function peerContext(rule: string, index: number): string {
  return `${rule}, peer ${index + 1}`;
}

export function portContext(rule: string, index: number): string {
  return `${rule}, port ${index + 1}`;
}

/** "Ingress rule 1, port 1" + "port" -> "Ingress rule 1, port 1, port". */
export function named(context: string, field: string): string {
  return context === '' ? field : `${context}, ${field}`;
}
