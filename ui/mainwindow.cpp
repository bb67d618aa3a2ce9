#include "mainwindow.h"

namespace ie::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Identity Explorer"));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace ie::ui
