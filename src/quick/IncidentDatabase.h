#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

class IncidentStore;

// The incident database the app works on, for QML: where it is, what it
// holds, and why it could not be opened. Made once in main.cpp and handed
// to the window; models read through store().
class IncidentDatabase : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the application")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(int incidentCount READ incidentCount NOTIFY changed)
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY changed)

public:
    // Opens 'path' with the boundary layer at 'layerPath'; on the first
    // start (no file yet) creates it with the sample data.
    IncidentDatabase(const QString &path, const QString &layerPath, QObject *parent = nullptr);
    ~IncidentDatabase() override;

    QString path() const { return m_path; }
    bool isOpen() const { return m_store != nullptr; }
    QString errorString() const { return m_errorString; }
    int incidentCount() const;
    int sourceCount() const;
    IncidentStore *store() const { return m_store.get(); }

signals:
    void changed();

private:
    QString m_path;
    QString m_errorString;
    std::unique_ptr<IncidentStore> m_store;
};

} // namespace conflictmap
