import { BrowserRouter, Route, Routes, useParams } from 'react-router-dom';
import { LiveRegionProvider } from './a11y/LiveRegion';
import { RouteFocusProvider } from './a11y/routeFocus';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/account/LoginPage';
import { ProfilePage } from './pages/account/ProfilePage';
import { RegisterPage } from './pages/account/RegisterPage';
import { AdminPage } from './pages/admin/AdminPage';
import { HomePage } from './pages/HomePage';
import { NetworkListPage } from './pages/network/NetworkListPage';
import { NetworkPage } from './pages/network/NetworkPage';
import { ProposeNetworkPage } from './pages/network/ProposeNetworkPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ThreadPage } from './pages/thread/ThreadPage';
import { SessionProvider } from './session/SessionContext';

// A new key per URL parameter remounts the page, so state of the previous network or thread never shows.
function KeyedNetworkPage() {
  const { slug } = useParams();
  return <NetworkPage key={slug} />;
}

function KeyedThreadPage() {
  const { threadId } = useParams();
  return <ThreadPage key={threadId} />;
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <LiveRegionProvider>
          <RouteFocusProvider>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<HomePage />} />
                <Route path="registreren" element={<RegisterPage />} />
                <Route path="inloggen" element={<LoginPage />} />
                <Route path="profiel" element={<ProfilePage />} />
                <Route path="netwerken" element={<NetworkListPage />} />
                <Route path="netwerken/voorstellen" element={<ProposeNetworkPage />} />
                <Route path="netwerken/:slug" element={<KeyedNetworkPage />} />
                <Route path="netwerken/:slug/onderwerpen/:threadId" element={<KeyedThreadPage />} />
                <Route path="beheer" element={<AdminPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </RouteFocusProvider>
        </LiveRegionProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
