package vn.lienket.support.store;

import vn.lienket.support.testing.EmbeddedStore;

/** The store contract on the MongoDB-wire stand-in the local stack and the tests use. */
class AggregateStoreIT extends AggregateStoreContract {

    @Override
    String uri() {
        return EmbeddedStore.uri();
    }
}
