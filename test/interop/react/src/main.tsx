// React 19 consuming the package: `ec-widgets/react` defines the tags and types them in JSX.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ec-widgets/react';
import type { ExportEventDetail, SuppliedObservation } from 'ec-widgets';

const observations: SuppliedObservation[] = [{ year: 2024, value: 15.5, source: 'Interop fixture' }];

function App() {
  const [exported, setExported] = useState('');
  // The download is cancelled: the test only needs to see the event arrive here.
  const onExport = (event: CustomEvent<ExportEventDetail>) => {
    event.preventDefault();
    setExported(`${(event.target as HTMLElement).id}:${event.detail.format}`);
  };
  return (
    <main>
      <ec-indicator id="indicator" indicator="online-retail-sales" lang="en" loading="eager" observations={observations} hide-periods onec-export={onExport} />
      <ec-target-gauge id="gauge" indicator="online-retail-sales" lang="en" loading="eager" variant="arc" onec-export={onExport} />
      <output id="exported">{exported}</output>
      {/* Never rendered: only the type-checker reads it. */}
      {false && (
        // @ts-expect-error an indicator id is a string: the typings must reject a number
        <ec-indicator indicator={42} />
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
