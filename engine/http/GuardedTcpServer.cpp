#include "GuardedTcpServer.h"

#include "RequestSizeGuard.h"
#include "TlsHandshake.h"

#include <QSslSocket>

namespace nestogy {

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        admit(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    // Until its handshake is done the connection is not pending: a slow or failing client holds up nobody.
    new TlsHandshake(socket, [this](QSslSocket *encrypted) { admit(encrypted); });
}

void GuardedTcpServer::admit(QTcpSocket *socket)
{
    new RequestSizeGuard(socket, m_maxBody);
    addPendingConnection(socket);
}

} // namespace nestogy
