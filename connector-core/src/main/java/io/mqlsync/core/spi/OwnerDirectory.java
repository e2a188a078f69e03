package io.mqlsync.core.spi;

import java.util.List;

/** Lists the CRM's owners, active or not, so configs can name them by email. Not thread-safe. */
public interface OwnerDirectory {

    /**
     * @return every owner, people and queues, active and inactive; never null
     * @throws CrmException when the owners cannot be read
     */
    List<CrmOwner> owners();
}
