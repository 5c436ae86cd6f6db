package vn.lienket.support.store;

/** Someone else wrote the aggregate between this read and this write; nothing was written. */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
