import { panels } from '../panels/registry.js';
import { Inspector } from '../inspector/Inspector.js';
import { useUi } from '../store/ui.js';

const INSPECTOR = { id: 'inspector', title: 'Inspector', component: Inspector };

export function RightPanel() {
  const active = useUi((s) => s.activePanel);
  const all = [INSPECTOR, ...panels];
  const current = all.find((p) => p.id === active) ?? INSPECTOR;
  const Body = current.component;
  return (
    <aside className="rightpanel">
      <div className="tabs" role="tablist">
        {all.map((p) => (
          <button key={p.id} role="tab" aria-selected={p.id === current.id} className={p.id === current.id ? 'active' : ''} onClick={() => useUi.getState().setActivePanel(p.id)}>
            {p.title}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel">
        <Body />
      </div>
    </aside>
  );
}
