package io.mqlsync.salesforce;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.OwnerDirectory;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.SObjectValues;
import io.mqlsync.salesforce.mapping.SalesforceLeadReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists {@code User}s (active or not, by {@code IsActive}) and queues ({@code Group} of type {@code Queue},
 * always assignable) with their emails. Automated-process users are left out: nobody routes leads to them.
 * Not thread-safe.
 */
final class SalesforceOwnerDirectory implements OwnerDirectory {
    private final SalesforceSession session;

    SalesforceOwnerDirectory(SalesforceSession session) {
        this.session = session;
    }

    @Override
    public List<CrmOwner> owners() {
        List<CrmOwner> owners = new ArrayList<>();
        for (SObject user : queryAll("SELECT Id, Email, IsActive FROM User WHERE UserType != 'AutomatedProcess' ORDER BY Id")) {
            owners.add(new CrmOwner(new OwnerId(user.getId()), email(user),
                    SObjectValues.isTrue(user, "IsActive") ? OwnerRoster.Status.ACTIVE : OwnerRoster.Status.INACTIVE,
                    CrmOwner.Kind.PERSON));
        }
        for (SObject queue : queryAll("SELECT Id, Email FROM Group WHERE Type = 'Queue' ORDER BY Id")) {
            owners.add(new CrmOwner(new OwnerId(queue.getId()), email(queue), OwnerRoster.Status.ACTIVE, CrmOwner.Kind.QUEUE));
        }
        return owners;
    }

    private static Optional<OwnerEmail> email(SObject record) {
        return SObjectValues.text(record, "Email").filter(OwnerEmail::looksLikeEmail).map(OwnerEmail::new);
    }

    private List<SObject> queryAll(String soql) {
        List<SObject> all = new ArrayList<>();
        QueryResult page = session.call(CallKind.READ, "owners.query", c -> c.query(soql));
        all.addAll(SalesforceLeadReader.records(page.getRecords()));
        while (!page.isDone() && page.getQueryLocator() != null) {
            String locator = page.getQueryLocator();
            page = session.call(CallKind.READ, "owners.queryMore", c -> c.queryMore(locator));
            all.addAll(SalesforceLeadReader.records(page.getRecords()));
        }
        return all;
    }
}
