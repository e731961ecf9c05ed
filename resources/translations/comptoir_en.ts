<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>comptoir::AuditRepository</name>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="58"/>
        <location filename="../../core/storage/AuditRepository.cpp" line="126"/>
        <location filename="../../core/storage/AuditRepository.cpp" line="138"/>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="85"/>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="147"/>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="152"/>
        <source>entry %1 does not follow the previous entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditRepository.cpp" line="157"/>
        <source>entry %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Customer</name>
    <message>
        <location filename="../../core/domain/Customer.cpp" line="82"/>
        <source>&quot;%1&quot; is not a loyalty card number (4 to 32 letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Customer.cpp" line="94"/>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerRepository</name>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="96"/>
        <location filename="../../core/storage/CustomerRepository.cpp" line="111"/>
        <source>saving the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="122"/>
        <source>updating loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="134"/>
        <source>finding the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="170"/>
        <source>listing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="177"/>
        <source>counting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="211"/>
        <source>searching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/CustomerRepository.cpp" line="240"/>
        <source>looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::CustomerService</name>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="51"/>
        <source>card %1 already belongs to customer #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="107"/>
        <source>no customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="131"/>
        <source>no customer with %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="140"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="148"/>
        <source>loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="159"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/services/CustomerService.cpp" line="167"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Database</name>
    <message>
        <location filename="../../core/storage/Database.cpp" line="35"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="54"/>
        <source>database file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="56"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="58"/>
        <source>folder does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="65"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="71"/>
        <source>%1 is not a Comptoir database or is corrupt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="79"/>
        <source>%1 is an SQLite file but not a Comptoir database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="114"/>
        <source>no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="150"/>
        <source>%1 is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Error</name>
    <message>
        <location filename="../../core/domain/Error.h" line="55"/>
        <source>permission denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Migrations</name>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="52"/>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="70"/>
        <source>%1 was written by a newer version of Comptoir (schema %2; this program knows up to %3). Install the newer Comptoir to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="83"/>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="96"/>
        <source>recording migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Migrations.cpp" line="100"/>
        <source>migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::Money</name>
    <message>
        <location filename="../../core/domain/Money.cpp" line="53"/>
        <source>&quot;%1&quot; is not an amount (expected e.g. 12,50)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::RoleRepository</name>
    <message>
        <location filename="../../core/storage/RoleRepository.cpp" line="19"/>
        <source>reading permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/RoleRepository.cpp" line="31"/>
        <location filename="../../core/storage/RoleRepository.cpp" line="45"/>
        <source>reading roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/RoleRepository.cpp" line="49"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::StoreRepository</name>
    <message>
        <location filename="../../core/storage/StoreRepository.cpp" line="26"/>
        <source>reading the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/StoreRepository.cpp" line="49"/>
        <location filename="../../core/storage/StoreRepository.cpp" line="62"/>
        <source>saving the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/StoreRepository.cpp" line="72"/>
        <source>counting records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::StoreService</name>
    <message>
        <location filename="../../core/services/StoreService.cpp" line="22"/>
        <source>sign in first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ui::Areas</name>
    <message>
        <location filename="../../ui/shell/Areas.cpp" line="12"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ui::HomePage</name>
    <message>
        <location filename="../../ui/home/HomePage.cpp" line="19"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/HomePage.cpp" line="20"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/HomePage.cpp" line="21"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/HomePage.cpp" line="57"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="23"/>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="45"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comptoir::validation</name>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="56"/>
        <location filename="../../core/domain/Validation.cpp" line="85"/>
        <location filename="../../core/domain/Validation.cpp" line="101"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="58"/>
        <location filename="../../core/domain/Validation.cpp" line="74"/>
        <source>contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="60"/>
        <location filename="../../core/domain/Validation.cpp" line="70"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="87"/>
        <source>is longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="89"/>
        <source>&quot;%1&quot; is not an e-mail address (expected name@domain.fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="93"/>
        <source>&quot;%1&quot; is not an e-mail address (misplaced dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="104"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="116"/>
        <source>&quot;%1&quot; is not a French phone number (+33 and 9 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="120"/>
        <source>&quot;%1&quot; is not an international phone number (8 to 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="124"/>
        <source>&quot;%1&quot; is not a French phone number (10 digits starting with 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="173"/>
        <source>&quot;%1&quot; is not an EAN-13 code (13 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="176"/>
        <source>&quot;%1&quot; has a wrong check digit (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="185"/>
        <source>&quot;%1&quot; is not a French postal code (5 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="192"/>
        <source>must be greater than zero (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="205"/>
        <source>&quot;%1&quot; is not a date (expected 2026-11-23 or 23/11/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="212"/>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="214"/>
        <source>is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="216"/>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="223"/>
        <source>is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/domain/Validation.cpp" line="225"/>
        <source>must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
