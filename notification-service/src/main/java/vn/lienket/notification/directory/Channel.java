package vn.lienket.notification.directory;

public enum Channel {
    EMAIL, SMS
}
