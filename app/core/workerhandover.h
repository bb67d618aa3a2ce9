#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <mutex>

namespace ie {

// How work on a QThreadPool worker hands its result back to the QObject that started it, which
// may be gone by then. The owner holds one in a std::shared_ptr and calls detach() in its
// destructor; each worker holds a copy of the pointer. post() queues f(owner) on the owner's
// thread under the mutex detach() takes, so no call is ever posted to a dead object (one posted
// before is dropped with the object's pending events). The generation lets work that is stale
// before it starts (overtaken, or its owner gone) be skipped instead of using a core.
template<typename T>
class WorkerHandover
{
public:
    explicit WorkerHandover(T *owner) : m_owner(owner) { }
    Q_DISABLE_COPY_MOVE(WorkerHandover)

    void setGeneration(quint64 generation) { m_current = generation; }
    bool stale(quint64 generation) const { return m_current.load() != generation; }

    void detach()
    {
        m_current = 0;
        std::lock_guard lock(m_mutex);
        m_owner = nullptr;
    }

    template<typename F>
    void post(F f)
    {
        std::lock_guard lock(m_mutex);
        if (T *owner = m_owner)
            QMetaObject::invokeMethod(
                    owner, [owner, f = std::move(f)] { f(owner); }, Qt::QueuedConnection);
    }

private:
    std::mutex m_mutex;
    T *m_owner;
    std::atomic<quint64> m_current{1};
};

} // namespace ie
