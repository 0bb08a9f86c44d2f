import { lazy, Suspense, type ComponentProps } from 'react';
import type { SigningView } from './SigningView';

/** The signing view and its drawing library are loaded when "Sign now" is chosen. */
const View = lazy(async () => ({ default: (await import('./SigningView')).SigningView }));

export function LazySigningView(props: ComponentProps<typeof SigningView>) {
  return (
    <Suspense fallback={null}>
      <View {...props} />
    </Suspense>
  );
}
