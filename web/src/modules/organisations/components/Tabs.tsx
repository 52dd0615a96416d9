import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
} from 'react';

export interface TabDefinition<Key extends string> {
  key: Key;
  label: string;
}

interface TabsProps<Key extends string> {
  label: string;
  tabs: readonly TabDefinition<Key>[];
  selected: Key;
  onSelect: (key: Key) => void;
  /** Renders the selected tab's panel; hidden panels stay empty. */
  renderPanel: (key: Key) => ReactNode;
}

/**
 * Renders the WAI-ARIA tabs pattern with automatic activation: Left and
 * Right move between tabs and select them, Home and End jump to the ends,
 * and only the selected tab is in the Tab order.
 */
export function Tabs<Key extends string>({
  label,
  tabs,
  selected,
  onSelect,
  renderPanel,
}: TabsProps<Key>) {
  const baseId = useId();
  const buttons = useRef(new Map<Key, HTMLButtonElement>());
  const tabId = (key: Key) => `${baseId}-tab-${key}`;
  const panelId = (key: Key) => `${baseId}-panel-${key}`;

  useEffect(
    function scrollSelectedTabIntoView() {
      // On a phone the tab list scrolls sideways, and a tab chosen by the
      // address or the keyboard may sit past its edge. jsdom has no
      // scrollIntoView.
      buttons.current
        .get(selected)
        ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    [selected],
  );

  function move(event: KeyboardEvent<HTMLButtonElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const last = tabs.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
        next = index <= 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    buttons.current.get(key)?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(element) => {
              if (element === null) buttons.current.delete(tab.key);
              else buttons.current.set(tab.key, element);
            }}
            id={tabId(tab.key)}
            type="button"
            role="tab"
            className="tabs__tab"
            aria-selected={tab.key === selected}
            aria-controls={panelId(tab.key)}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={move}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          id={panelId(tab.key)}
          role="tabpanel"
          aria-labelledby={tabId(tab.key)}
          className="tabs__panel"
          hidden={tab.key !== selected}
          tabIndex={0}
        >
          {tab.key === selected && renderPanel(tab.key)}
        </div>
      ))}
    </div>
  );
}
