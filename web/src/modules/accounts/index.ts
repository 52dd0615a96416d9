export { RequireSignIn } from './components/RequireSignIn';
export { ViewerProvider } from './components/ViewerProvider';
export { useViewer } from './hooks/useViewer';
export type {
  Viewer,
  ViewerMembership,
  ViewerState,
  ViewerStatus,
} from './viewer-context';
