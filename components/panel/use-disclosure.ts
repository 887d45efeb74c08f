import { useId, useState } from 'react';

/** A show/hide pair: a real <button aria-expanded aria-controls> and the region it controls. */
export function useDisclosure(defaultOpen = false) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return {
    open,
    buttonProps: {
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((was) => !was),
    },
    regionProps: { id, hidden: !open },
  };
}
