#pragma once
// A blocking HTTP/1.1 client on one keep-alive socket (POSIX, loopback, IPv4), for benchmark
// threads that must cost little beside the server: no event loop, no QNetworkAccessManager.
#include <QByteArray>
#include <QList>
#include <QUrl>

#ifdef Q_OS_LINUX // bench/run is a Linux tool
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

struct RawHttp
{
    int fd = -1;
    QByteArray host;
    QByteArray buffer; // what was read past the last response

    RawHttp() = default;
    RawHttp(const RawHttp &) = delete;
    RawHttp &operator=(const RawHttp &) = delete;
    ~RawHttp()
    {
        if (fd >= 0)
            ::close(fd);
    }

    /// Connects to http://IPv4:port (the path of `base` is ignored).
    bool connectTo(const QUrl &base)
    {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(base.port()));
        host = base.authority().toLatin1();
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return ::inet_pton(AF_INET, base.host().toLatin1().constData(), &to.sin_addr) == 1
            && ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) == 0;
    }

    /// Sends one request and reads its response: the status (0 when the connection failed) and
    /// the body in `body`. `headers` are whole lines without CRLF.
    int request(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QList<QByteArray> &headers,
                QByteArray *responseBody)
    {
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
        for (const QByteArray &h : headers)
            out += h + "\r\n";
        if (!body.isEmpty() || method != "GET")
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        for (qsizetype sent = 0; sent < out.size();) {
            const ssize_t n = ::send(fd, out.constData() + sent, std::size_t(out.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return 0;
            sent += n;
        }
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) < 0)
            if (!readMore())
                return 0;
        const QByteArray head = buffer.left(end);
        const int status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        while (buffer.size() < end + 4 + length)
            if (!readMore())
                return 0;
        if (responseBody)
            *responseBody = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return status;
    }

private:
    bool readMore()
    {
        char chunk[16384];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
        return true;
    }
};

#else
#error "rawhttp.h: the benchmarks run on Linux"
#endif
