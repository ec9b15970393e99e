/** Attached to default prices that are Trayline's order-of-magnitude estimates, not quotes. */
export const STREET_ESTIMATE =
  'Estimate: order-of-magnitude street price (USD, 2025) set by Trayline for planning; not a quote. Replace with your price list (trayline catalog set-price).';
