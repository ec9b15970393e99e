// A device type's unit price in the catalog browser: the built-in default (an estimate, with its
// source and date) or the project's own price, which replaces it (catalog.setDevicePrice).
import type { DeviceType } from '../../../core/model/entities.js';
import { useApi, useDoc } from './api.js';
import { PriceField } from './PriceField.js';

export function DevicePriceEditor({ t }: { t: DeviceType }) {
  const api = useApi();
  return (
    <div className="catalog-device-price">
      <PriceField
        unitCostUsd={t.unitCostUsd ?? null}
        costEstimate={!!t.costEstimate}
        costSource={t.costSource ?? null}
        noPrice="No price: costs that use this type say so instead of guessing one."
        testId="device-price-input"
        sourceTestId="device-price-source"
        save={async (unitCostUsd) => {
          const updated = await api.call('catalog.setDevicePrice', { slug: t.slug, unitCostUsd });
          const doc = useDoc.getState();
          doc.setCatalog([...doc.deviceTypes.values()].map((x) => (x.id === updated.id ? updated : x)), null);
        }}
      />
    </div>
  );
}
