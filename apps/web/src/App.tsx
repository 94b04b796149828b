import { BrowserRouter, Route, Routes } from 'react-router-dom';
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
                <Route path="netwerken/:slug" element={<NetworkPage />} />
                <Route path="netwerken/:slug/onderwerpen/:threadId" element={<ThreadPage />} />
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
