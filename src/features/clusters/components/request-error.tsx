// One failed request, said plainly: unreachable / credentials rejected (401) / forbidden (403)
// / other, always with the server's Status message.
import { describeFailure, failureOf } from '../model/connection-state';

export function RequestError({ what, error }: { readonly what: string; readonly error: unknown }) {
  const failure = failureOf(error);
  return (
    <p className={`message error cluster-failure failure-${failure.kind}`} role="alert">
      {what}: {describeFailure(failure)}
    </p>
  );
}
