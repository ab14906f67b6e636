// The app shell: providers, header and the editor page.
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
// Issue 6: the cluster bar (which cluster and namespace the app talks to) from src/features/clusters.
import { ClusterBar } from '../features/clusters';
import { ThemeSwitch } from '../components/theme-switch';
import { PolicyEditorPage } from '../features/policy-editor/components/policy-editor-page';
import { createQueryClient } from '../lib/query-client';
import './app.css';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <h1>NetworkPolicy Studio</h1>
        <p>Create networking.k8s.io/v1 NetworkPolicy objects, validated as the apiserver does.</p>
        {/* Issue 6: always visible (src/features/clusters). */}
        <ClusterBar />
        <ThemeSwitch />
      </header>
      <main className="app-main">
        <PolicyEditorPage />
      </main>
    </QueryClientProvider>
  );
}
