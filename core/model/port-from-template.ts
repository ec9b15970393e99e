// A device's port as made from its type's template: the same fields, plus the front/rear mapping
// of patch panels and cassettes where the template has one (structured cabling).
import type { Id, Port, PortTemplate } from './entities.js';

export function portFromTemplate(deviceId: Id, p: PortTemplate): Omit<Port, 'id'> {
  const port: Omit<Port, 'id'> = { deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face };
  if (p.rearPort != null) port.rearPort = p.rearPort;
  if (p.rearPosition != null) port.rearPosition = p.rearPosition;
  if (p.positions != null) port.positions = p.positions;
  return port;
}

/** The same with its id, built as one object literal (no spread: hundreds of thousands of panel ports in a generated hall). */
export function portWithId(id: Id, deviceId: Id, p: PortTemplate): Port {
  const port: Port = { id, deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face };
  if (p.rearPort != null) port.rearPort = p.rearPort;
  if (p.rearPosition != null) port.rearPosition = p.rearPosition;
  if (p.positions != null) port.positions = p.positions;
  return port;
}

/** A panel's front ports kept as one block: its type's front-port template at position p is port firstId + p. */
export interface PortBlock {
  deviceId: Id;
  firstId: Id;
}

/** A template's port fields as portWithId gives them (absent where the template has none). */
type TemplateFields = Omit<Port, 'id' | 'deviceId'>;

function fieldsOf(t: PortTemplate): TemplateFields {
  const { id: _id, deviceId: _d, ...f } = portWithId(0, 0, t);
  return f;
}

/**
 * A generated hall's port: its id and device, every other field its template's, read through
 * getters. A 32k hall makes 473,344 (224,000 device ports, the panels' 249,600): one small object
 * of one class each is a third of a ten-field literal's size and builds in a fifth of its time
 * (230,400 panel fronts 103-185 -> 26-53 ms CPU, fresh processes), and the collector copies less
 * while the hall is checked. (The template is private, #t: a key walk shows only id and device;
 * a copy is made by movedPort, not by a spread; toJSON gives the full port.)
 */
class TemplatePort implements Port {
  readonly #t: TemplateFields;
  constructor(
    readonly id: Id,
    readonly deviceId: Id,
    t: TemplateFields,
  ) {
    this.#t = t;
  }
  get name() {
    return this.#t.name;
  }
  get kind() {
    return this.#t.kind;
  }
  get formFactor() {
    return this.#t.formFactor;
  }
  get speedGbps() {
    return this.#t.speedGbps;
  }
  get lanes() {
    return this.#t.lanes;
  }
  get face() {
    return this.#t.face;
  }
  get rearPort() {
    return this.#t.rearPort;
  }
  get rearPosition() {
    return this.#t.rearPosition;
  }
  get positions() {
    return this.#t.positions;
  }
  /** JSON reads own fields only: without this a generated port would serialise as its id and
   * device alone. The same text portWithId's literal gives. */
  toJSON(): Port {
    return { id: this.id, deviceId: this.deviceId, ...this.#t };
  }
  static moved(p: TemplatePort, id: Id, deviceId: Id): TemplatePort {
    return new TemplatePort(id, deviceId, p.#t);
  }
  static fields(p: TemplatePort): object {
    return p.#t;
  }
}

/** The one object holding a generated port's fields, shared by every port made from the same
 * template (they read alike but for id and device); null for any other port. */
export function templateFieldsOf(p: Port): object | null {
  return p instanceof TemplatePort ? TemplatePort.fields(p) : null;
}

/** A template's ports, reading as portWithId makes them (TemplatePort: the generator's ports). */
export function portMaker(t: PortTemplate): (id: Id, deviceId: Id) => Port {
  const f = fieldsOf(t);
  return (id, deviceId) => new TemplatePort(id, deviceId, f);
}

/** A port under another id and device, its other fields the same (a spread would lose a
 * TemplatePort's fields). */
export function movedPort(p: Port, id: Id, deviceId: Id): Port {
  return p instanceof TemplatePort ? TemplatePort.moved(p, id, deviceId) : { ...p, id, deviceId };
}

/**
 * The ports `rows` with the front ports of `blocks` (each of a device of the type whose templates
 * are `templates`) as objects, all in id order (`rows` and `blocks` are each in id order): what the
 * check session of a generated hall takes, the file holding only the blocks.
 */
export function expandFronts(rows: readonly Port[], blocks: readonly PortBlock[], templates: readonly PortTemplate[]): Port[] {
  if (blocks.length === 0) return rows as Port[];
  const fields = templates.map((t) => (t.kind === 'front-port' ? fieldsOf(t) : null));
  const perBlock = fields.reduce((n, f) => n + (f ? 1 : 0), 0);
  const out: Port[] = new Array(rows.length + blocks.length * perBlock);
  let i = 0;
  let k = 0;
  // one merge by id: each block's fronts go in among the rows (its rear ports) as they come
  for (let b = 0; b < blocks.length; b++) {
    const { deviceId, firstId } = blocks[b]!;
    for (let p = 0; p < fields.length; p++) {
      const f = fields[p];
      if (!f) continue;
      const id = firstId + p;
      while (i < rows.length && rows[i]!.id < id) out[k++] = rows[i++]!;
      out[k++] = new TemplatePort(id, deviceId, f);
    }
  }
  while (i < rows.length) out[k++] = rows[i++]!;
  return out;
}
