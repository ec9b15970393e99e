// Host names from InfiniBand node descriptions. The subnet manager and every IB tool name a node
// by its NodeDescription: NVIDIA switches set "MF0;<hostname>:<model>/U1" (MLNX-OS and NVOS), hosts
// running rdma-core/OFED set "<hostname> <rdma device>" ("node01 mlx5_0"; older OFED
// "node01 HCA-1"). A node still carrying its factory description ("SwitchIB Mellanox
// Technologies", "MT25408 ConnectX Mellanox Technologies", "Voltaire 4036 ...") names no host:
// it is then known by its GUID. Examples: real captures in test/fixtures/ib (SOURCES.md).

export interface NodeName {
  /** The host name, or null when the description names none. */
  host: string | null;
  /** The RDMA device the description names (mlx5_0, HCA-1), for host adapters. */
  hca: string | null;
}

/** Words that mark a factory description (vendor and chip names), not a host. */
const FACTORY = /\b(mellanox|nvidia|voltaire|qlogic|intel|infinihost|connectx|switchib|switch-ib|infiniscale|quantum|aggregation node)\b|^MT\d+\b|^ISR\d+|^SW-|^Sun DCS/i;

/** RDMA device names: mlx5_0, mlx4_1, HCA-2, ibp24s0, mthca0, qib0, hfi1_0, bnxt_re0, irdma0. */
export const HCA_NAME = /^(mlx\d_\d+|hca-\d+|ibp\w+|mthca\d+|qib\d+|hfi1_\d+|bnxt_re\d+|irdma\d+|ib\d+)$/i;

export function switchName(desc: string): NodeName {
  const d = desc.trim();
  const mf = /^MF0;([^:]+):/.exec(d);
  if (mf) return { host: mf[1]!.trim(), hca: null };
  if (d !== '' && !/\s/.test(d) && !FACTORY.test(d)) return { host: d, hca: null };
  return { host: null, hca: null };
}

export function caName(desc: string): NodeName {
  const words = desc.trim().split(/\s+/).filter(Boolean);
  // "<host> <device>" first: "H_32000 HCA-1 (Mellanox HCA)" names its host despite the vendor word
  if (words.length >= 2 && HCA_NAME.test(words[1]!) && !FACTORY.test(words[0]!)) return { host: words[0]!, hca: words[1]! };
  if (words.length === 1 && !FACTORY.test(words[0]!)) return { host: words[0]!, hca: null };
  return { host: null, hca: null };
}

/** The SHARP aggregation node inside NVIDIA switches: an internal CA, not a cabled link. */
export const isAggregationNode = (desc: string) => /aggregation node/i.test(desc);
