// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FieldPath, required } from '../../../k8s/field';
import { ApiNetworkError, ApiStatusError } from '../../../lib/api-client';
import { ServerResponse, outcomeOf } from './server-response';
import { ValidationSummary } from './validation-summary';

afterEach(cleanup);

const domIdFor = (p: string) => `field-${p}`;

describe('ValidationSummary', () => {
  it('says the policy is valid when there are no errors', () => {
    render(<ValidationSummary errors={[]} clientErrorCount={0} syntaxError={undefined} domIdFor={domIdFor} />);
    expect(screen.getByRole('status').textContent).toContain('No errors');
  });

  it('lists errors as links, says why Create is blocked, and focuses the field on click', () => {
    const input = document.createElement('input');
    input.id = 'field-metadata.name';
    document.body.append(input);
    const errs = [required(FieldPath.of('metadata', 'name'), 'name or generateName is required')];
    render(<ValidationSummary errors={errs} clientErrorCount={1} syntaxError={undefined} domIdFor={domIdFor} />);
    expect(screen.getByRole('status').textContent).toContain('Create is blocked: 1 error must be fixed first');
    const link = within(screen.getByRole('list', { name: 'Validation errors' })).getByRole('link');
    expect(link.textContent).toBe('metadata.name: Required value: name or generateName is required');
    fireEvent.click(link);
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('names a syntax error as a reason to block', () => {
    render(
      <ValidationSummary
        errors={[]}
        clientErrorCount={0}
        syntaxError={{ message: 'x', line: 7, column: 3 }}
        domIdFor={domIdFor}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('does not parse (line 7, column 3)');
  });

  it('lists the apiserver warnings as links to their fields, without blocking Create', () => {
    const input = document.createElement('input');
    input.id = 'field-spec.egress[0].to[0].ipBlock.cidr';
    document.body.append(input);
    const warnings = [
      {
        field: 'spec.egress[0].to[0].ipBlock.cidr',
        message:
          'spec.egress[0].to[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
      },
    ];
    render(
      <ValidationSummary
        errors={[]}
        clientErrorCount={0}
        syntaxError={undefined}
        domIdFor={domIdFor}
        warnings={warnings}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('No errors: the policy is valid.');
    expect(screen.getByRole('status').textContent).not.toContain('blocked');
    const link = within(screen.getByRole('list', { name: 'Warnings' })).getByRole('link');
    expect(link.textContent).toBe(`Warning: ${warnings[0]?.message ?? ''}`);
    expect(
      screen.getByText(/A warning the apiserver will send with its answer \(Create is not blocked\)/),
    ).toBeTruthy();
    fireEvent.click(link);
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('marks server errors', () => {
    const errs = [{ ...required(FieldPath.of('spec')), origin: 'server' as const }];
    render(<ValidationSummary errors={errs} clientErrorCount={0} syntaxError={undefined} domIdFor={domIdFor} />);
    expect(screen.getByRole('listitem').textContent).toContain('from server');
  });
});

describe('ServerResponse', () => {
  const response = {
    status: 409,
    reason: 'Conflict',
    durationMs: 12.4,
    contentType: 'application/json',
    text: '{"kind":"Status","reason":"AlreadyExists"}',
    body: undefined,
    warnings: [],
  };

  it('is a region named "Server response" that shows status, reason, time and body', () => {
    const outcome = outcomeOf('/x', { error: new ApiStatusError(response, undefined) });
    render(<ServerResponse outcome={outcome} />);
    const region = screen.getByRole('region', { name: 'Server response' });
    expect(within(region).getByTestId('response-status').textContent).toBe('409 Conflict');
    expect(within(region).getByTestId('response-time').textContent).toBe('Time taken: 12 ms');
    expect(within(region).getByTestId('response-body').textContent).toBe(response.text);
  });

  it("lists the answer's Warning headers as kubectl prints them, and none when there are none", () => {
    const warned = { ...response, status: 201, reason: 'Created', warnings: ['unknown field "spec.foo"'] };
    render(<ServerResponse outcome={outcomeOf('/x', { data: warned })} />);
    const list = screen.getByRole('list', { name: 'Warnings from the server' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Warning: unknown field "spec.foo"']);
    cleanup();
    render(<ServerResponse outcome={outcomeOf('/x', { data: { ...warned, warnings: [] } })} />);
    expect(screen.queryByRole('list', { name: 'Warnings from the server' })).toBeNull();
  });

  it('says clearly when the server could not be reached', () => {
    const outcome = outcomeOf('/x', { error: new ApiNetworkError('/x', 3, new TypeError('Failed to fetch')) });
    render(<ServerResponse outcome={outcome} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not reach the server: Failed to fetch');
  });

  it('shows a loading state while the request runs', () => {
    render(<ServerResponse outcome={{ kind: 'pending', url: '/x' }} />);
    expect(screen.getByRole('region', { name: 'Server response' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Sending');
  });
});
