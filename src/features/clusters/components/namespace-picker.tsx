// The namespace in use (listed, and the default for new drafts' list): a select of the cluster's
// namespaces, or a text field when they cannot be listed (e.g. no permission to list namespaces).
import { useId, useState } from 'react';
import { useNamespaceNames } from '../api/list-namespaces';
import { useSelectCluster } from '../hooks';

export function NamespacePicker({ cluster, namespace }: { readonly cluster: string; readonly namespace: string }) {
  const names = useNamespaceNames(cluster);
  const select = useSelectCluster();
  const [typed, setTyped] = useState(namespace);
  const id = useId();
  const set = (ns: string) => select({ cluster, namespace: ns });

  if (names.isSuccess) {
    const options = names.data.includes(namespace) ? names.data : [namespace, ...names.data];
    return (
      <span className="cluster-field">
        <label htmlFor={id}>Namespace in use</label>
        <select id={id} value={namespace} onChange={(e) => set(e.target.value)}>
          {options.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </span>
    );
  }
  return (
    <form
      className="cluster-field"
      onSubmit={(e) => {
        e.preventDefault();
        if (typed.trim() !== '') set(typed.trim());
      }}
    >
      <label>
        <span>Namespace in use</span>
        <input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={() => typed.trim() !== '' && set(typed.trim())}
          size={14}
        />
      </label>
    </form>
  );
}
