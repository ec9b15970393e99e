// Opens the elevations of every rack a link's channel passes, side by side. In floor-first mode the
// racks' devices, ports and cables are fetched first (the on-demand fetch follows the open rack
// only), so each column is drawn whole at once.
import type { Id } from '../../../core/model/entities.js';
import { fetchDetail } from '../store/detail.js';
import { useUi } from '../store/ui.js';

export async function openChannelRacks(rackIds: Id[]): Promise<void> {
  try {
    await fetchDetail({ racks: rackIds });
  } catch (e) {
    useUi.getState().toast('error', `Loading rack contents failed: ${(e as Error).message}`);
    return;
  }
  useUi.getState().openRacks(rackIds);
}
