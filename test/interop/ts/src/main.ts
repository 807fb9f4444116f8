// Plain TypeScript: the tags are typed through HTMLElementTagNameMap, their event through
// HTMLElementEventMap, and the dataset comes from `ec-widgets/data`.
import 'ec-widgets';
import type { SuppliedObservation } from 'ec-widgets';
import { getIndicator } from 'ec-widgets/data';

const observations: SuppliedObservation[] = [{ year: 2024, value: 15.5, source: 'Interop fixture' }];
const indicator = document.querySelector('ec-indicator')!;
const gauge = document.querySelector('ec-target-gauge')!;
const output = document.querySelector('output')!;
indicator.observations = observations;
document.title = getIndicator('online-retail-sales')?.name_en ?? document.title;

// The download is cancelled: the test only needs to see the event arrive here.
for (const element of [indicator, gauge]) {
  element.addEventListener('ec-export', (event) => {
    event.preventDefault();
    output.textContent = `${element.id}:${event.detail.format}`;
    // @ts-expect-error the detail is typed: it has no such field
    void event.detail.nope;
  });
}
// @ts-expect-error a number is not an indicator id
indicator.indicator = 42;
indicator.indicator = 'online-retail-sales';
