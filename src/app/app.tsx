// The app shell: providers, header and the editor page.
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
// Issue 6: the cluster bar (which cluster and namespace the app talks to) from src/features/clusters.
import { ClusterBar } from '../features/clusters';
import { ThemeSwitch } from '../components/theme-switch';
import { PolicyEditorPage } from '../features/policy-editor/components/policy-editor-page';
import { browserStorage, clearDraft } from '../features/policy-editor/model/persistence';
import { createQueryClient } from '../lib/query-client';
import { CrashBoundary } from './crash-boundary';
import './app.css';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <h1>NetworkPolicy Studio</h1>
        <p>Create networking.k8s.io/v1 NetworkPolicy objects, validated as the apiserver does.</p>
        {/* Issue 6: always visible (src/features/clusters). */}
        <CrashBoundary what="The cluster bar">
          <ClusterBar />
        </CrashBoundary>
        <ThemeSwitch />
      </header>
      <main className="app-main">
        <CrashBoundary
          what="The editor"
          actions={(retry) => (
            <button
              type="button"
              onClick={() => {
                if (!window.confirm('Discard the saved draft and start from a new one?')) return;
                clearDraft(browserStorage());
                retry();
              }}
            >
              Discard the saved draft
            </button>
          )}
        >
          <PolicyEditorPage />
        </CrashBoundary>
      </main>
    </QueryClientProvider>
  );
}
