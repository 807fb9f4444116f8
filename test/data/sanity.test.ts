import { expect } from '@open-wc/testing';
import raw from '../../data/ec-dataset.json';
describe('sanity', () => { it('loads json', () => { expect(raw.schema_version).to.equal('1.0.0'); }); });
