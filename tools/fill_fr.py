#!/usr/bin/env python3
"""Fill the French catalogue (resources/translations/comptoir_fr.ts) from the dictionary below.

    python3 tools/fill_fr.py [TS-FILE]             fill unfinished messages known to the dictionary
    python3 tools/fill_fr.py --check [TS-FILE]     only list messages still unfinished / unknown
    python3 tools/fill_fr.py --en [TS-FILE]        fill the plural forms of the English catalogue
    python3 tools/fill_fr.py --update [TS-FILE]    also rewrite finished translations that differ
                                                   from the dictionary (after correcting it)

The file is edited as text, message by message, so that lupdate's layout is kept
(run tools/update-translations.sh afterwards, or before: lupdate rewrites it anyway).
Only messages marked type="unfinished" are touched (unless --update): a translation
already finished is not overwritten.

Conventions of the French catalogue:
  * "#%1" becomes "n° %1"; "…" quotes become « … »;
  * a space before ":" in sentences (messages, errors), none in field labels ("&Client:");
  * storage "what" strings ("reading the audit trail") are noun phrases with their article
    ("la lecture du journal d'audit"), because they are inserted into "%1 a échoué : %2";
  * staff member = collaborateur, deposit = versement (arrhes or acompte), interaction = échange.
"""

import html
import re
import sys

# ---------------------------------------------------------------------------------------------
# Translations that do not depend on the context.
# ---------------------------------------------------------------------------------------------
COMMON = {
    # --- generic validation / errors -------------------------------------------------------
    'must not be empty': 'ne doit pas être vide',
    'must not be zero': 'ne doit pas être nul',
    'is empty': 'est vide',
    'is required': 'est obligatoire',
    'is not a valid date': "n'est pas une date valide",
    'is not a valid time': "n'est pas une heure valide",
    'is not a valid month': "n'est pas un mois valide",
    'is not a valid year (got %1)': "n'est pas une année valide (reçu : %1)",
    'must be greater than zero (got %1)': 'doit être supérieur à zéro (reçu : %1)',
    'must not be negative (got %1)': 'ne doit pas être négatif (reçu : %1)',
    'must be between 1 and 5 (got %1)': 'doit être compris entre 1 et 5 (reçu : %1)',
    'must be between 1 and 100 (got %1)': 'doit être compris entre 1 et 100 (reçu : %1)',
    'must be between 1 and 1000 (got %1)': 'doit être compris entre 1 et 1000 (reçu : %1)',
    'must be between 0 and %1 (got %2)': 'doit être compris entre 0 et %1 (reçu : %2)',
    'must be between 1 and %1 (got %2)': 'doit être compris entre 1 et %1 (reçu : %2)',
    'quantity must be greater than zero (got %1)': 'la quantité doit être supérieure à zéro (reçu : %1)',
    'amount must be greater than zero (got %1)': 'le montant doit être supérieur à zéro (reçu : %1)',
    'permission denied: %1': 'permission refusée : %1',
    'sign in first': "connectez-vous d'abord",
    'no SQLite handle': 'aucune connexion SQLite',
    '%1 is not a file': "%1 n'est pas un fichier",
    'folder does not exist: %1': "le dossier n'existe pas : %1",
    'cannot open %1: %2': "impossible d'ouvrir %1 : %2",
    '%1 is not a Comptoir database or is corrupt (%2)':
        "%1 n'est pas une base de données Comptoir ou est endommagé (%2)",
    'cannot write "%1": %2': "impossible d'écrire « %1 » : %2",
    'no store is set up yet': "aucun magasin n'est encore configuré",
    '%1 is already closed': 'la période %1 est déjà clôturée',
    'unknown channel "%1"; expected one of: %2': 'canal « %1 » inconnu ; valeurs attendues : %2',
    'customer #%1 was merged into customer #%2': 'le client n° %1 a été fusionné avec le client n° %2',
    'card %1 already belongs to customer #%2': 'la carte %1 appartient déjà au client n° %2',
    'no customer #%1': 'aucun client n° %1',
    'no user #%1': 'aucun utilisateur n° %1',
    'no sale #%1': 'aucune vente n° %1',
    'no product #%1': 'aucun produit n° %1',
    'no supplier #%1': 'aucun fournisseur n° %1',
    'no deposit #%1': 'aucun versement n° %1',
    'no store credit note #%1': 'aucun avoir n° %1 utilisable en magasin',
    'deposit #%1 is %2, not open': "le versement n° %1 est « %2 » et non ouvert",
    'the demo load has not begun': "le chargement des données de démonstration n'a pas commencé",
    'listing complaints': 'la liste des réclamations',
    'reading the closures': 'la lecture des clôtures',
    'id': "l'identifiant",

    # --- comptoir (free functions) -----------------------------------------------------------
    'the input': "l'entrée",
    'the output': 'la sortie',
    'not a VAT rate: "%1"': "« %1 » n'est pas un taux de TVA",
    'number %1 follows %2 (gap or reordering)': 'le numéro %1 suit le %2 (trou ou désordre dans la numérotation)',
    'its previous hash does not match the record before it':
        "son empreinte de chaînage ne correspond pas à l'enregistrement précédent",
    'hash does not match its content': 'son empreinte ne correspond pas à son contenu',
    'no customer %1': 'aucun client ne correspond à %1',
    'a sale needs at least one line': 'une vente doit comporter au moins une ligne',
    'unknown product %1': 'produit %1 inconnu',
    'product %1 is no longer sold': "le produit %1 n'est plus vendu",
    'a price change or discount needs a reason': 'une modification de prix ou une remise doit être motivée',
    'the unit price cannot be negative': 'le prix unitaire ne peut pas être négatif',
    'the discount must be between 0 and the line amount (got %1)':
        'la remise doit être comprise entre 0 et le montant de la ligne (reçu : %1)',
    'give all the cash as one payment': 'saisissez les espèces en un seul paiement',
    'credit note #%1 has only %2 left': "il ne reste que %2 sur l'avoir n° %1",
    'deposit #%1 is applied twice': 'le versement n° %1 est imputé deux fois',
    'deposit #%1 belongs to another customer': 'le versement n° %1 appartient à un autre client',
    'deposit #%1 is worth %2: apply all of it': "le versement n° %1 s'élève à %2 : imputez-le en totalité",
    'the payments come to %1, the total is %2': "les paiements s'élèvent à %1, le total est de %2",

    # --- Appointment / AppointmentRepository / AppointmentService ----------------------------
    'a staff member is required': 'un collaborateur est obligatoire',
    'saving the appointment': "l'enregistrement du rendez-vous",
    'moving the appointment': 'le déplacement du rendez-vous',
    'finding the appointment': 'la recherche du rendez-vous',
    'checking the agenda': "la vérification de l'agenda",
    'reading the agenda': "la lecture de l'agenda",
    "reading the customer's appointments": 'la lecture des rendez-vous du client',
    "adding the appointment to the customer's timeline": "l'ajout du rendez-vous à l'historique du client",
    'a %1 appointment cannot become %2; only a planned one can change':
        'un rendez-vous « %1 » ne peut pas passer à « %2 » ; seul un rendez-vous prévu peut changer',
    'no staff member #%1': 'aucun collaborateur n° %1',
    'staff member #%1 is no longer active': "le collaborateur n° %1 n'est plus actif",
    'overlaps appointment #%1 from %2 to %3 (%4)': 'chevauche le rendez-vous n° %1 de %2 à %3 (%4)',
    '%1 on %2': '%1 le %2',
    'no appointment #%1': 'aucun rendez-vous n° %1',
    'only a planned appointment can be rescheduled (this one is %1)':
        'seul un rendez-vous prévu peut être déplacé (celui-ci est « %1 »)',

    # --- AtomicFileWriter ----------------------------------------------------------------------
    'no file name': 'aucun nom de fichier',
    'the file was not opened': "le fichier n'a pas été ouvert",

    # --- AuditRepository -----------------------------------------------------------------------
    'reading the audit trail': "la lecture du journal d'audit",
    'writing the audit trail': "l'écriture dans le journal d'audit",
    'entries %1 to %2 are missing': 'les entrées %1 à %2 sont manquantes',
    'entry %1 does not follow the previous entry': "l'entrée %1 ne suit pas l'entrée précédente",
    'entry %1 was altered': "l'entrée %1 a été modifiée",

    # --- AuthService ---------------------------------------------------------------------------
    'wrong login or password': 'identifiant ou mot de passe incorrect',
    'account locked after too many failed attempts; try again after %1':
        'compte bloqué après trop de tentatives infructueuses ; réessayez après %1',
    'the account "%1" is disabled; ask the technician':
        'le compte « %1 » est désactivé ; adressez-vous au technicien réseau',
    'wrong password': 'mot de passe incorrect',
    'must differ from the current password': 'doit être différent du mot de passe actuel',
    'this store already has its manager and technician accounts':
        'ce magasin a déjà ses comptes de directeur et de technicien réseau',
    'during setup only these roles can be created: %1 (got "%2")':
        'pendant la configuration, seuls ces rôles peuvent être créés : %1 (reçu : « %2 »)',

    # --- BackupService / BackupStore -----------------------------------------------------------
    'a backup file name is required': 'un nom de fichier de sauvegarde est obligatoire',
    'a backup cannot run inside a transaction': "une sauvegarde ne peut pas s'exécuter dans une transaction",
    '%1 already exists; a backup never overwrites a file':
        "%1 existe déjà ; une sauvegarde n'écrase jamais un fichier",
    'the backup failed its check and was discarded: %1':
        "la sauvegarde n'a pas passé la vérification et a été supprimée : %1",
    'cannot move the backup to %1': 'impossible de déplacer la sauvegarde vers %1',
    'cannot create the folder %1': 'impossible de créer le dossier %1',
    'the database %1 is damaged (%2) and no good backup was found in %3':
        "la base de données %1 est endommagée (%2) et aucune sauvegarde valide n'a été trouvée dans %3",
    'the database %1 is damaged (%2). The latest good backup is %3: restore it (comptoir-cli restore %3 %1).':
        'la base de données %1 est endommagée (%2). La dernière sauvegarde valide est %3 : restaurez-la '
        '(comptoir-cli restore %3 %1).',
    'backup file not found: %1': 'fichier de sauvegarde introuvable : %1',
    'the backup and the database are the same file': 'la sauvegarde et la base de données sont le même fichier',
    'restore refused: %1': 'restauration refusée : %1',
    'restore refused: %1 was written by a newer version of Comptoir (schema %2; this program knows up to %3)':
        'restauration refusée : %1 a été écrit par une version plus récente de Comptoir (schéma %2 ; '
        "ce programme connaît jusqu'au schéma %3)",
    'cannot copy %1 next to %2': 'impossible de copier %1 à côté de %2',
    'the checked copy of the backup could not be checkpointed':
        "la copie vérifiée de la sauvegarde n'a pas pu être finalisée (checkpoint)",
    'cannot move %1 aside': 'impossible de mettre %1 de côté',
    'cannot move the restored database to %1': 'impossible de déplacer la base de données restaurée vers %1',
    '%1 fails the integrity check: %2': "%1 échoue à la vérification d'intégrité : %2",
    '%1 has %2 broken references (table rowid parent): %3':
        '%1 contient %2 références cassées (table rowid parent) : %3',
    'no SQLite handle on the source database': 'aucune connexion SQLite sur la base de données source',
    'the backup could not start: %1': "la sauvegarde n'a pas pu démarrer : %1",
    'the backup to %1 failed: %2': 'la sauvegarde vers %1 a échoué : %2',
    '%1 is not a Comptoir database': "%1 n'est pas une base de données Comptoir",
    'cannot flush %1 to disk': "impossible d'écrire %1 sur le disque",

    # --- BulkStatement ---------------------------------------------------------------------------
    'no SQLite handle for %1': 'aucune connexion SQLite pour la table %1',
    'preparing %1': "la préparation des requêtes sur la table %1",
    'writing %1': "l'écriture dans la table %1",
    'reading %1': 'la lecture de la table %1',

    # --- ClosureRepository / ClosureService -------------------------------------------------------
    "reading the day's sales": 'la lecture des ventes du jour',
    "reading the day's payments": 'la lecture des paiements du jour',
    "reading the day's VAT": 'la lecture de la TVA du jour',
    "reading the day's credit notes": 'la lecture des avoirs du jour',
    'reading the daily closures': 'la lecture des clôtures journalières',
    'saving the closure': "l'enregistrement de la clôture",
    '%1 is in the future: only a past or current day can be closed':
        '%1 est dans le futur : seul un jour passé ou le jour en cours peut être clôturé',
    '%1 is before the last closed day (%2)': '%1 est antérieur au dernier jour clôturé (%2)',
    '%1 has not ended yet': "la période %1 n'est pas encore terminée",

    # --- ColumnMapping ---------------------------------------------------------------------------
    'no field called "%1" for this kind of file': 'aucun champ nommé « %1 » pour ce type de fichier',
    'the file has no column "%1"': "le fichier n'a pas de colonne « %1 »",
    'required column missing: %1': 'colonne obligatoire manquante : %1',

    # --- Complaint ---------------------------------------------------------------------------------
    'open': 'ouverte',
    'in progress': 'en cours',
    'resolved': 'résolue',
    'closed': 'clôturée',
    'rejected': 'rejetée',
    'a customer is required': 'un client est obligatoire',
    'a category is required': 'une catégorie est obligatoire',

    # --- ComplaintRepository / ComplaintService ------------------------------------------------
    'saving the complaint': "l'enregistrement de la réclamation",
    "recording the complaint's history": "l'enregistrement de l'historique de la réclamation",
    'finding the complaint': 'la recherche de la réclamation',
    "reading the complaint's history": "la lecture de l'historique de la réclamation",
    'listing overdue complaints': 'la liste des réclamations en retard',
    'listing complaint categories': 'la liste des catégories de réclamation',
    'finding the complaint category': 'la recherche de la catégorie de réclamation',
    'finding the sale': 'la recherche de la vente',
    'no complaint #%1': 'aucune réclamation n° %1',
    'user #%1 is no longer active': "l'utilisateur n° %1 n'est plus actif",
    'no complaint category #%1': 'aucune catégorie de réclamation n° %1',
    'a complaint cannot go from "%1" to "%2"': 'une réclamation ne peut pas passer de « %1 » à « %2 »',
    'a %1 complaint cannot be reassigned': 'une réclamation %1 ne peut pas être réattribuée',
    'assigned to user #%1': "attribuée à l'utilisateur n° %1",
    'unassigned': 'non attribuée',

    # --- ConsentRepository / ConsentService ------------------------------------------------------
    'saving the consent': "l'enregistrement du consentement",
    'reading the consents': 'la lecture des consentements',
    'reading the consent history': "la lecture de l'historique des consentements",
    'unknown source "%1"; expected one of: %2': 'origine « %1 » inconnue ; valeurs attendues : %2',

    # --- CreditNoteRepository ------------------------------------------------------------------------
    'numbering the credit note': "la numérotation de l'avoir",
    'reading the last credit note': 'la lecture du dernier avoir',
    'saving the credit note': "l'enregistrement de l'avoir",
    'saving a credit note line': "l'enregistrement d'une ligne d'avoir",
    'reading the credit note': "la lecture de l'avoir",
    'reading the credit note lines': "la lecture des lignes de l'avoir",
    'reading the returned quantity': 'la lecture de la quantité retournée',
    'reading the credit notes': 'la lecture des avoirs',

    # --- CsvParser / CsvReader / CsvWriter ---------------------------------------------------------
    'line %1': 'ligne %1',
    'a field is longer than %1 MiB; is a quote never closed?':
        'un champ dépasse %1 Mio ; un guillemet est-il resté ouvert ?',
    'out of memory while reading a field': "mémoire insuffisante pendant la lecture d'un champ",
    'unexpected text after the closing quote of field %1 (a quote inside a quoted field must be doubled)':
        'texte inattendu après le guillemet fermant du champ %1 (un guillemet à l\'intérieur '
        "d'un champ entre guillemets doit être doublé)",
    'the quote opened on line %1 is never closed (is the file cut short?)':
        "le guillemet ouvert à la ligne %1 n'est jamais fermé (le fichier est-il tronqué ?)",
    'more than %1 fields in one record': "plus de %1 champs dans un même enregistrement",
    'cannot read: %1': 'lecture impossible : %1',
    'the file is not open for reading': "le fichier n'est pas ouvert en lecture",
    '"%1" cannot be a separator': '« %1 » ne peut pas servir de séparateur',
    '"%1" cannot be a CSV separator': '« %1 » ne peut pas servir de séparateur CSV',
    'the file is not open for writing': "le fichier n'est pas ouvert en écriture",
    'cannot write: %1': 'écriture impossible : %1',

    # --- Customer / CustomerRepository / CustomerService -------------------------------------------
    '"%1" is not a loyalty card number (4 to 32 letters or digits)':
        "« %1 » n'est pas un numéro de carte de fidélité (4 à 32 lettres ou chiffres)",
    'unknown channel "%1"': 'canal « %1 » inconnu',
    'saving the customer': "l'enregistrement du client",
    'updating the customer search index': "la mise à jour de l'index de recherche des clients",
    'rebuilding the customer search index': "la reconstruction de l'index de recherche des clients",
    'updating loyalty points': 'la mise à jour des points de fidélité',
    'finding the customer': 'la recherche du client',
    'listing customers': 'la liste des clients',
    'counting customers': 'le comptage des clients',
    'searching customers': 'la recherche de clients',
    'looking for duplicates': 'la recherche de doublons',
    "moving the customer's history": "le transfert de l'historique du client",
    'merging the customers': 'la fusion des clients',
    'moving the loyalty card': 'le transfert de la carte de fidélité',
    'no customer with %1 %2': 'aucun client avec %1 %2',
    'loyalty card': 'la carte de fidélité',
    'phone': 'le téléphone',
    'e-mail': "l'e-mail",
    'customer #%1 cannot be merged with itself': 'le client n° %1 ne peut pas être fusionné avec lui-même',
    'customer #%1 was already merged into customer #%2': 'le client n° %1 a déjà été fusionné avec le client n° %2',

    # --- Database / DatabaseLock ----------------------------------------------------------------------
    '%1 failed: %2': '%1 a échoué : %2',
    'database file not found: %1': 'fichier de base de données introuvable : %1',
    '%1 is an SQLite file but not a Comptoir database':
        "%1 est un fichier SQLite mais pas une base de données Comptoir",
    '%1 is %2, expected %3': '%1 vaut %2, %3 attendu',
    'cannot create the lock file %1: %2': 'impossible de créer le fichier de verrou %1 : %2',
    'cannot lock %1: %2': 'impossible de verrouiller %1 : %2',
    '%1 is open in another program (the Comptoir app or comptoir-cli); close it first':
        "%1 est ouvert dans un autre programme (l'application Comptoir ou comptoir-cli) ; fermez-le d'abord",
    '%1 is being restored from a backup; try again shortly':
        "%1 est en cours de restauration depuis une sauvegarde ; réessayez dans un instant",

    # --- DemoStoreWriter / DemoGenerator -------------------------------------------------------------
    'checking the database': 'la vérification de la base de données',
    'the database already has %1 customers, %2 products and %3 sales; the demo store is only generated '
    'into an empty store database':
        'la base de données contient déjà %1 clients, %2 produits et %3 ventes ; le magasin de démonstration '
        "n'est généré que dans une base de données vide",
    'a store with code LYON01 already exists': 'un magasin de code LYON01 existe déjà',
    'checking the users': 'la vérification des utilisateurs',
    'a user with login "%1" already exists': "un utilisateur d'identifiant « %1 » existe déjà",
    'the demo load has already begun': 'le chargement des données de démonstration a déjà commencé',
    'listing the indexes': 'la liste des index',
    'reading the last id of %1': 'la lecture du dernier identifiant de %1',
    'could not put the database back in WAL mode (journal mode is %1)':
        "impossible de remettre la base de données en mode WAL (le mode de journalisation est %1)",
    'must be a date between 2000 and 2200': 'doit être une date comprise entre 2000 et 2200',
    'the database has no complaint category': "la base de données n'a aucune catégorie de réclamation",
    'category "%1" has no id or no SLA delay': "la catégorie « %1 » n'a pas d'identifiant ou pas de délai de traitement",

    # --- DepositRepository / DepositService ---------------------------------------------------------
    'saving the deposit': "l'enregistrement du versement",
    'reading the deposit': 'la lecture du versement',
    'updating the deposit': 'la mise à jour du versement',
    'deposit #%1 is no longer open': "le versement n° %1 n'est plus ouvert",
    'must be cash, card or cheque (got "%1")': 'doit être espèces, carte ou chèque (reçu : « %1 »)',
    'name the order or the appointment the deposit is for':
        'indiquez la commande ou le rendez-vous auquel le versement se rapporte',
    'Deposit #%1 (%2)': 'Versement n° %1 (%2)',
    'deposit #%1 is an acompte: it binds both sides and cannot be forfeited, only refunded or applied to the sale':
        'le versement n° %1 est un acompte : il engage les deux parties et ne peut pas être conservé par le '
        'magasin, seulement remboursé ou imputé sur la vente',

    # --- ImportBulkRepository / ImportRow / ImportService ------------------------------------------
    'reading customer e-mails, phones and cards': 'la lecture des e-mails, téléphones et cartes des clients',
    'customer': 'client',
    'reading stock moves': 'la lecture des mouvements de stock',
    'saving the import profile': "l'enregistrement du profil d'import",
    'reading the import profile': "la lecture du profil d'import",
    'listing import profiles': "la liste des profils d'import",
    'must be "customer" or "prospect" (got "%1")': 'doit être « client » ou « prospect » (reçu : « %1 »)',
    'a SKU or an EAN-13 is required': 'un SKU ou un EAN-13 est obligatoire',
    'unknown move kind "%1" (delivery, adjustment, loss, return, damaged, import)':
        'type de mouvement « %1 » inconnu (delivery, adjustment, loss, return, damaged, import)',
    'the file is empty: no header line': "le fichier est vide : pas de ligne d'en-tête",
    '%1: %2': '%1 : %2',
    'a profile needs a name': 'un profil doit avoir un nom',
    'no import profile called "%1" for %2': "aucun profil d'import nommé « %1 » pour %2",

    # --- InteractionRepository / InteractionService ----------------------------------------------
    'saving the interaction': "l'enregistrement de l'échange",
    'reading the interactions': 'la lecture des échanges',
    '"%1" cannot be logged by hand; expected one of: %2':
        '« %1 » ne peut pas être saisi à la main ; valeurs attendues : %2',
    'a note needs its text': 'une note doit avoir un texte',

    # --- LedgerVerifier --------------------------------------------------------------------------------
    'sale #%1 (id %2)': 'vente n° %1 (identifiant %2)',
    '%1: line %2 total does not match its quantity and price':
        '%1 : le total de la ligne %2 ne correspond pas à sa quantité et à son prix',
    '%1: totals do not match its lines': '%1 : les totaux ne correspondent pas aux lignes',
    'credit note #%1 (id %2): %3': 'avoir n° %1 (identifiant %2) : %3',
    'closure %1 %2 (id %3)': 'clôture %1 %2 (identifiant %3)',
    '%1: its previous hash does not match the closure before it':
        '%1 : son empreinte de chaînage ne correspond pas à la clôture précédente',
    '%1: hash does not match its content': '%1 : son empreinte ne correspond pas à son contenu',
    '%1: does not equal the sum of its %2': "%1 : n'est pas égal à la somme de ses %2",
    'sales and credit notes': 'ventes et avoirs',
    'daily closures': 'clôtures journalières',

    # --- LoginEventRepository / Migrations -----------------------------------------------------------
    'writing the sign-in log': "l'écriture dans le journal des connexions",
    'reading the sign-in log': 'la lecture du journal des connexions',
    'reading the schema version': 'la lecture de la version du schéma',
    '%1 was written by a newer version of Comptoir (schema %2; this program knows up to %3). '
    'Install the newer Comptoir to open it.':
        "%1 a été écrit par une version plus récente de Comptoir (schéma %2 ; ce programme connaît jusqu'au "
        'schéma %3). Installez la version plus récente de Comptoir pour l\'ouvrir.',
    'cannot read migration %1': 'impossible de lire la migration %1',
    'recording migration %1': "l'enregistrement de la migration %1",
    'migration %1 failed and was rolled back: %2': 'la migration %1 a échoué et a été annulée : %2',

    # --- Money / PasswordHasher / PasswordPolicy -------------------------------------------------------
    '"%1" is not an amount (expected e.g. 12,50)': "« %1 » n'est pas un montant (attendu : par exemple 12,50)",
    'hashing the password failed (out of memory?)':
        'le hachage du mot de passe a échoué (mémoire insuffisante ?)',
    'must have at least %1 characters (got %2)': 'doit comporter au moins %1 caractères (reçu : %2)',
    'must have at most %1 characters (got %2)': 'doit comporter au plus %1 caractères (reçu : %2)',

    # --- Product / ProductImportWriter / ProductRepository / ProductService -----------------------------
    '"%1" is not a SKU (1 to 32 letters, digits, dots, underscores or dashes)':
        "« %1 » n'est pas un SKU (1 à 32 lettres, chiffres, points, tirets bas ou tirets)",
    '%1 is not a French VAT rate (0, 210, 550, 1000 or 2000 basis points)':
        "%1 n'est pas un taux de TVA français (0, 210, 550, 1000 ou 2000 points de base)",
    'SKU %1 already exists (product #%2)': 'le SKU %1 existe déjà (produit n° %2)',
    'EAN-13 %1 already belongs to product %2': "l'EAN-13 %1 appartient déjà au produit %2",
    'saving the product': "l'enregistrement du produit",
    'finding the product': 'la recherche du produit',
    'searching products': 'la recherche de produits',
    'listing products': 'la liste des produits',
    'counting products': 'le comptage des produits',
    'listing categories': 'la liste des catégories',
    'finding the category': 'la recherche de la catégorie',
    'saving the category': "l'enregistrement de la catégorie",
    'no category #%1': 'aucune catégorie n° %1',
    'SKU %1 is already used by product #%2 (%3)': 'le SKU %1 est déjà utilisé par le produit n° %2 (%3)',
    'EAN-13 %1 is already used by product #%2 (%3)': "l'EAN-13 %1 est déjà utilisé par le produit n° %2 (%3)",
    'no product with %1 %2': 'aucun produit avec %1 %2',
    'category "%1" already exists (#%2)': 'la catégorie « %1 » existe déjà (n° %2)',
    'supplier "%1" already exists (#%2)': 'le fournisseur « %1 » existe déjà (n° %2)',

    # --- ReturnService --------------------------------------------------------------------------------
    'a return needs at least one line': 'un retour doit comporter au moins une ligne',
    'the line is listed twice': 'la ligne figure deux fois',
    'sale #%1 has no line %2': "la vente n° %1 n'a pas de ligne %2",
    'only %1 of %2 sold can still be returned (asked %3)':
        'seuls %1 sur %2 vendus peuvent encore être retournés (demandé : %3)',
    'Credit note #%1 for sale #%2: %3': 'Avoir n° %1 sur la vente n° %2 : %3',

    # --- RoleRepository / SaleRepository / SaleService ---------------------------------------------------
    'reading permissions': 'la lecture des permissions',
    'reading roles': 'la lecture des rôles',
    'unknown role "%1"': 'rôle « %1 » inconnu',
    'numbering the sale': 'la numérotation de la vente',
    'reading the last sale': 'la lecture de la dernière vente',
    'saving the sale': "l'enregistrement de la vente",
    'saving line %1 of the sale': "l'enregistrement de la ligne %1 de la vente",
    'saving a payment of the sale': "l'enregistrement d'un paiement de la vente",
    'reading a sale': "la lecture d'une vente",
    "reading the sale's lines": 'la lecture des lignes de la vente',
    "reading the sale's payments": 'la lecture des paiements de la vente',
    "crediting the customer's loyalty points": 'le crédit des points de fidélité du client',
    'reading the store credit used': 'la lecture des avoirs utilisés',
    'reading the sales': 'la lecture des ventes',
    'Sale #%1: %2': 'Vente n° %1 : %2',

    # --- ScratchDatabaseFile / SettingsRepository / StaffRepository / StatsRepository ------------------
    'cannot create a file in %1: %2': 'impossible de créer un fichier dans %1 : %2',
    'reading setting %1': 'la lecture du paramètre %1',
    'saving setting %1': "l'enregistrement du paramètre %1",
    'reading the staff list': 'la lecture de la liste du personnel',
    'reading staff names': 'la lecture des noms du personnel',
    'reading the statistics': 'la lecture des statistiques',

    # --- StockMoveImportWriter / StockRepository ----------------------------------------------------------
    'unknown product: no EAN-13 %1': 'produit inconnu : aucun EAN-13 %1',
    'unknown product: no SKU %1': 'produit inconnu : aucun SKU %1',
    'reading the stock level': 'la lecture du niveau de stock',
    'only %1 in stock, cannot take out %2': 'seulement %1 en stock, impossible de sortir %2',
    'recording the stock move': "l'enregistrement du mouvement de stock",
    'updating the stock level': 'la mise à jour du niveau de stock',
    'adding up the stock moves': 'le cumul des mouvements de stock',
    'listing stock moves': 'la liste des mouvements de stock',
    'listing products to reorder': 'la liste des produits à réapprovisionner',
    'reconciling stock levels': 'le rapprochement des niveaux de stock',

    # --- StoreRepository / StoreService / StoreValidation -------------------------------------------------
    'reading the store': 'la lecture du magasin',
    'saving the store': "l'enregistrement du magasin",
    'counting records': 'le comptage des enregistrements',
    'this database already has a store': 'cette base de données a déjà un magasin',
    'this database has no store yet': "cette base de données n'a pas encore de magasin",
    'must have 14 digits (got %1 characters)': 'doit comporter 14 chiffres (reçu : %1 caractères)',
    'must contain only digits (got "%1")': 'ne doit contenir que des chiffres (reçu : « %1 »)',
    '%1 is not a valid SIRET (wrong check digit)': "%1 n'est pas un SIRET valide (clé de contrôle erronée)",

    # --- Supplier* --------------------------------------------------------------------------------------
    'supplier "%1" already exists': 'le fournisseur « %1 » existe déjà',
    'unknown supplier "%1"': 'fournisseur « %1 » inconnu',
    'saving the supplier': "l'enregistrement du fournisseur",
    'finding the supplier': 'la recherche du fournisseur',
    'listing suppliers': 'la liste des fournisseurs',

    # --- TimelineRepository / UserAccounts / UserAdminService / UserRepository ---------------------------
    "reading the customer's history": "la lecture de l'historique du client",
    'must have 2 to 64 characters (got %1)': 'doit comporter de 2 à 64 caractères (reçu : %1)',
    'may only hold letters, digits and . _ - @ (got "%1")':
        'ne peut contenir que des lettres, des chiffres et . _ - @ (reçu : « %1 »)',
    'login "%1" is already taken': "l'identifiant « %1 » est déjà pris",
    'you cannot disable your own account': 'vous ne pouvez pas désactiver votre propre compte',
    '"%1" is the last active technician; create another one first':
        "« %1 » est le dernier technicien réseau actif ; créez-en d'abord un autre",
    'no user with login "%1"': "aucun utilisateur d'identifiant « %1 »",
    'reading the user': "la lecture de l'utilisateur",
    'reading the users': 'la lecture des utilisateurs',
    'saving the user': "l'enregistrement de l'utilisateur",
    'saving the password': "l'enregistrement du mot de passe",
    'saving the sign-in attempts': "l'enregistrement des tentatives de connexion",
    'counting the users': 'le comptage des utilisateurs',

    # --- ValueParsers / XlsxWriter -----------------------------------------------------------------------
    '"%1" is not a date and time (expected 2026-11-23 14:30 or 23/11/2026 14:30)':
        "« %1 » n'est pas une date et une heure (attendu : 2026-11-23 14:30 ou 23/11/2026 14:30)",
    '"%1" is not yes or no (expected oui, non, yes, no, 1 or 0)':
        "« %1 » n'est ni oui ni non (attendu : oui, non, yes, no, 1 ou 0)",
    '"%1" is not a whole number': "« %1 » n'est pas un nombre entier",
    '"%1" is too large': '« %1 » est trop grand',
    'the XLSX library could not create the workbook': "la bibliothèque XLSX n'a pas pu créer le classeur",
    '"%1" is not a valid sheet name': "« %1 » n'est pas un nom de feuille valide",
    'the workbook was not opened': "le classeur n'a pas été ouvert",
    'row %1: an XLSX sheet holds at most %2 rows': 'ligne %1 : une feuille XLSX contient au plus %2 lignes',
    'row %1: an XLSX sheet holds at most %2 columns': 'ligne %1 : une feuille XLSX contient au plus %2 colonnes',
    'row %1, column %2: the text is longer than the %3 characters an XLSX cell holds':
        "ligne %1, colonne %2 : le texte dépasse les %3 caractères que peut contenir une cellule XLSX",
    'row %1, column %2: %3': 'ligne %1, colonne %2 : %3',

    # --- validation --------------------------------------------------------------------------------------
    'contains a control character': 'contient un caractère de contrôle',
    'is longer than %1 characters': 'dépasse %1 caractères',
    'is longer than 254 characters': 'dépasse 254 caractères',
    '"%1" is not an e-mail address (expected name@domain.fr)':
        "« %1 » n'est pas une adresse e-mail (attendu : nom@domaine.fr)",
    '"%1" is not an e-mail address (misplaced dot)': "« %1 » n'est pas une adresse e-mail (point mal placé)",
    '"%1" is not a phone number': "« %1 » n'est pas un numéro de téléphone",
    '"%1" is not a French phone number (+33 and 9 digits)':
        "« %1 » n'est pas un numéro de téléphone français (+33 et 9 chiffres)",
    '"%1" is not an international phone number (8 to 15 digits)':
        "« %1 » n'est pas un numéro de téléphone international (8 à 15 chiffres)",
    '"%1" is not a French phone number (10 digits starting with 0)':
        "« %1 » n'est pas un numéro de téléphone français (10 chiffres commençant par 0)",
    '"%1" is not an EAN-13 code (13 digits)': "« %1 » n'est pas un code EAN-13 (13 chiffres)",
    '"%1" has a wrong check digit (expected %2)': '« %1 » a une clé de contrôle erronée (attendu : %2)',
    '"%1" is not a French postal code (5 digits)': "« %1 » n'est pas un code postal français (5 chiffres)",
    '"%1" is not a date (expected 2026-11-23 or 23/11/2026)':
        "« %1 » n'est pas une date (attendu : 2026-11-23 ou 23/11/2026)",
    'is before 1900': 'est antérieure à 1900',
    'is in the future': 'est dans le futur',
    'must be after the start': 'doit être après le début',

    # =======================================================================================
    # User interface
    # =======================================================================================
    'Comptoir': 'Comptoir',
    'The database cannot be opened.\n\n%1': "La base de données ne peut pas être ouverte.\n\n%1",
    'this store has no accounts yet; start Comptoir with a display to create them':
        "ce magasin n'a encore aucun compte ; lancez Comptoir avec un écran pour les créer",
    'The automatic backup failed: %1': 'La sauvegarde automatique a échoué : %1',

    # AgendaView / AppointmentDialog / AppointmentLook / AppointmentsPage
    'Agenda': 'Agenda',
    'No staff member to show': 'Aucun collaborateur à afficher',
    '%1 min': '%1 min',
    '%1 h': '%1 h',
    '%1 h %2': '%1 h %2',
    'New appointment': 'Nouveau rendez-vous',
    'e.g. Fitting, repair pick-up, advice': 'ex. : essayage, retrait de réparation, conseil',
    '&Customer:': '&Client:',
    '&Staff member:': 'C&ollaborateur:',
    '&Date:': '&Date:',
    'S&tart:': 'Déb&ut:',
    'D&uration:': 'Du&rée:',
    'Su&bject:': 'O&bjet:',
    '&Notes:': '&Notes:',
    'C&reate': 'Cré&er',
    'Planned': 'Prévu',
    'Done': 'Effectué',
    'No-show': 'Non honoré',
    'Cancelled': 'Annulé',
    '&Day': '&Jour',
    '&Week': '&Semaine',
    '&New appointment…': '&Nouveau rendez-vous…',
    '&Move…': '&Déplacer…',
    'Mark d&one': 'Marquer &effectué',
    'No-s&how': 'Non h&onoré',
    '&Cancel appointment': '&Annuler le rendez-vous',
    'All staff': 'Tout le personnel',
    '&Staff:': '&Collaborateur:',
    '&Previous': '&Précédent',
    '&Today': "Aujourd'&hui",
    'Ne&xt': 'Sui&vant',
    'Previous day or week (Alt+Left)': 'Jour ou semaine précédents (Alt+Gauche)',
    'Next day or week (Alt+Right)': 'Jour ou semaine suivants (Alt+Droite)',
    'Book an appointment (Ctrl+N)': 'Prendre un rendez-vous (Ctrl+N)',
    'Customer #%1': 'Client n° %1',
    'Staff #%1': 'Collaborateur n° %1',
    'Week of %1': 'Semaine du %1',
    'Double-click a free slot to book it; select an appointment to act on it.':
        'Double-cliquez sur un créneau libre pour le réserver ; sélectionnez un rendez-vous pour agir dessus.',
    '%1, %2 (%3)': '%1, %2 (%3)',
    'Cancel appointment': 'Annuler le rendez-vous',
    'Cancel the appointment "%1"? This frees the slot and cannot be undone.':
        'Annuler le rendez-vous « %1 » ? Le créneau sera libéré et cette action est irréversible.',

    # Areas (sidebar)
    'Home': 'Accueil',
    'Customers': 'Clients',
    'Sale': 'Vente',
    'Appointments': 'Rendez-vous',
    'Complaints': 'Réclamations',
    'Stock': 'Stock',
    'Dashboard': 'Tableau de bord',
    'Administration': 'Administration',

    # ComplaintDetail
    'Select a complaint to see its details and history.':
        'Sélectionnez une réclamation pour voir son détail et son historique.',
    'Resolution:': 'Résolution:',
    '&Start': '&Prendre en charge',
    '&Resolve…': '&Résoudre…',
    'C&lose…': '&Clôturer…',
    'Re&ject…': 'Re&jeter…',
    'Re&open…': 'R&ouvrir…',
    '&Assign…': '&Attribuer…',
    'When': 'Date',
    'Who': 'Par',
    'Step': 'Étape',
    'Note': 'Note',
    'Customer:': 'Client:',
    'Category:': 'Catégorie:',
    'Status:': 'Statut:',
    'Opened:': 'Ouverture:',
    'Due:': 'Échéance:',
    'Assigned to:': 'Attribuée à:',
    'Satisfaction:': 'Satisfaction:',
    'History': 'Historique',
    'nobody': 'personne',
    'user #%1': 'utilisateur n° %1',
    '#%1 — %2': 'N° %1 — %2',
    'Category #%1': 'Catégorie n° %1',
    '%1 (overdue)': '%1 (en retard)',
    '%1 / 5': '%1 / 5',
    'not given': 'non renseignée',
    '(no description)': '(aucune description)',
    'Reason for rejection:': 'Motif du rejet:',
    '%1 → %2': '%1 → %2',
    'Opened': 'Ouverture',

    # ComplaintStepDialog
    'Complaint #%1: %2': 'Réclamation n° %1 : %2',
    'Resolve complaint': 'Résoudre la réclamation',
    '&Resolution:': '&Résolution:',
    'What was done for the customer (required)': 'Ce qui a été fait pour le client (obligatoire)',
    '&Resolve': 'Ré&soudre',
    'Reject complaint': 'Rejeter la réclamation',
    '&Reason:': '&Motif:',
    'Why the complaint is rejected (required)': 'Pourquoi la réclamation est rejetée (obligatoire)',
    'Re&ject': '&Rejeter',
    'Reopen complaint': 'Rouvrir la réclamation',
    '&Note:': '&Note:',
    'What the customer still reports (optional)': 'Ce que le client signale encore (facultatif)',
    'Re&open': '&Rouvrir',
    'Close complaint': 'Clôturer la réclamation',
    'Not asked': 'Non demandé',
    '1 — very dissatisfied': '1 — très insatisfait',
    '2 — dissatisfied': '2 — insatisfait',
    '3 — neutral': '3 — neutre',
    '4 — satisfied': '4 — satisfait',
    '5 — very satisfied': '5 — très satisfait',
    "Customer's &satisfaction:": '&Satisfaction du client:',
    '&Close complaint': '&Clôturer la réclamation',
    'Assign complaint': 'Attribuer la réclamation',
    'Nobody': 'Personne',
    '&Assign to:': '&Attribuer à:',
    '&Assign': 'Attri&buer',

    # ComplaintsPage
    '&New complaint…': '&Nouvelle réclamation…',
    'All open': 'Toutes les ouvertes',
    'Overdue': 'En retard',
    'All complaints': 'Toutes les réclamations',
    'S&how:': '&Afficher:',
    'Open a new complaint (Ctrl+N)': 'Ouvrir une nouvelle réclamation (Ctrl+N)',
    '#': 'N°',
    'Customer': 'Client',
    'Category': 'Catégorie',
    'Subject': 'Objet',
    'Status': 'Statut',
    'Assigned to': 'Attribuée à',
    'Due': 'Échéance',

    # ConsentPanel
    'Marketing consents': 'Consentements marketing',
    'E-mail': 'E-mail',
    'SMS': 'SMS',
    'Post': 'Courrier',
    'Opt in': 'Accepter',
    'Opt out': 'Refuser',
    'Signed form in store': 'Formulaire signé en magasin',
    "Customer's request": 'Demande du client',
    'Source of a change:': 'Origine du changement:',
    'store form': 'formulaire en magasin',
    'web form': 'formulaire web',
    "customer's request": 'demande du client',
    'unsubscribe link': 'lien de désinscription',
    'SMS STOP': 'SMS STOP',
    'import': 'import',
    'Yes, since %1 (%2)': 'Oui, depuis le %1 (%2)',
    'No, since %1 (%2)': 'Non, depuis le %1 (%2)',
    'Wording version %1': 'Version du texte %1',

    # CustomerFormDialog
    'Edit customer': 'Modifier le client',
    'New customer': 'Nouveau client',
    'Prospect': 'Prospect',
    'dd/mm/yyyy': 'jj/mm/aaaa',
    'In store': 'En magasin',
    'Phone': 'Téléphone',
    'Website': 'Site web',
    'Social media': 'Réseaux sociaux',
    'Loyalty programme': 'Programme de fidélité',
    'Import': 'Import',
    'Title': 'Civilité',
    'First name': 'Prénom',
    'Last name': 'Nom',
    'Birth date': 'Date de naissance',
    'Loyalty card': 'Carte de fidélité',
    'Source': 'Provenance',
    'Address': 'Adresse',
    'Postal code': 'Code postal',
    'City': 'Ville',
    'This person may already be a customer:': 'Cette personne est peut-être déjà cliente :',
    'Name': 'Nom',
    '&Open the existing customer': '&Ouvrir le client existant',
    'Create &anyway': '&Créer quand même',
    'Notes': 'Notes',

    # CustomerListPage
    'Points': 'Points',
    '&New customer': '&Nouveau client',
    '&Merge…': '&Fusionner…',
    'Search by name, e-mail, phone or city': 'Rechercher par nom, e-mail, téléphone ou ville',
    'Select the two records of the same person in the list (Ctrl+click), then merge them':
        'Sélectionnez dans la liste les deux fiches de la même personne (Ctrl+clic), puis fusionnez-les',
    '%1 customers': '%1 clients',
    'The %1 best matches are shown; type more to narrow the search':
        'Les %1 meilleurs résultats sont affichés ; précisez la saisie pour affiner la recherche',
    'No customer matches "%1"': 'Aucun client ne correspond à « %1 »',
    'Matching customers: %1': 'Clients correspondants : %1',

    # CustomerPage
    'Open the record kept': 'Ouvrir la fiche conservée',
    '&Edit…': '&Modifier…',
    '← &Customers': '← &Clients',
    'Back to the list (Alt+Left)': 'Retour à la liste (Alt+Gauche)',
    'Identity': 'Identité',
    'Came through': 'Provenance',
    'New &sale': 'Nouvelle &vente',
    'New &appointment…': 'Nouveau &rendez-vous…',
    'New com&plaint…': 'Nouvelle réc&lamation…',
    '&Log an interaction…': 'Noter un &échange…',
    '%1 · customer no. %2 · since %3': '%1 · client n° %2 · depuis le %3',
    '—': '—',
    'No card': 'Pas de carte',
    'This record was merged into customer no. %1; its history is shown there.':
        'Cette fiche a été fusionnée avec le client n° %1 ; son historique y est affiché.',

    # CustomerPicker / CustomersArea
    'Search a customer: name, phone or e-mail': 'Rechercher un client : nom, téléphone ou e-mail',
    'Customer: %1 (#%2)': 'Client: %1 (n° %2)',
    'No customer chosen': 'Aucun client choisi',
    '%1 — %2': '%1 — %2',
    'The sale counter is not available': "L'écran de vente n'est pas disponible",

    # FirstRunDialog
    'New store — Comptoir': 'Nouveau magasin — Comptoir',
    "This store has no accounts yet. Create the store manager's account and the IT technician's account. "
    'Passwords have at least 12 characters; a sentence is fine.':
        "Ce magasin n'a encore aucun compte. Créez le compte du directeur d'agence et celui du technicien "
        'réseau. Les mots de passe comportent au moins 12 caractères ; une phrase convient très bien.',
    'Store name': 'Nom du magasin',
    'Store manager': "Directeur d'agence",
    'IT technician': 'Technicien réseau',
    'Create the accounts': 'Créer les comptes',
    'Login': 'Identifiant',
    'Full name': 'Nom complet',
    'Password': 'Mot de passe',
    'Password again': 'Confirmation du mot de passe',
    "Enter the store's name.": 'Saisissez le nom du magasin.',
    'The two passwords typed for %1 differ.': 'Les deux mots de passe saisis pour %1 sont différents.',

    # GlobalSearch
    'Find a customer': 'Trouver un client',
    'Find a customer: name, e-mail, phone, city…': 'Trouver un client : nom, e-mail, téléphone, ville…',
    'Enter opens the customer · Esc closes': 'Entrée ouvre le client · Échap ferme',

    # HomePage
    'Products': 'Produits',
    'Sales': 'Ventes',
    "Today's appointments": 'Rendez-vous du jour',
    'Overdue complaints': 'Réclamations en retard',
    'Stock alerts': 'Alertes de stock',
    'New store': 'Nouveau magasin',
    'All staff, %1': 'Tout le personnel, %1',
    'Yours, %1': 'Vos rendez-vous, %1',
    'No appointment today.': "Aucun rendez-vous aujourd'hui.",
    '%1–%2  %3': '%1–%2  %3',
    ' (%1)': ' (%1)',
    'staff #%1': 'collaborateur n° %1',
    ' — done': ' — effectué',
    ' — no-show': ' — non honoré',
    'Every open complaint is on time.': 'Toutes les réclamations ouvertes sont dans les délais.',
    'Past their due date, most late first': "Échéance dépassée, les plus en retard d'abord",
    'No overdue complaint.': 'Aucune réclamation en retard.',
    '#%1 %2 — %3 (due %4)': 'N° %1 %2 — %3 (échéance %4)',
    'Every product is above its threshold.': 'Tous les produits sont au-dessus de leur seuil.',
    '%n product(s) below their reorder threshold':
        ('%n produit sous son seuil de réapprovisionnement', '%n produits sous leur seuil de réapprovisionnement'),
    'No stock alert.': 'Aucune alerte de stock.',
    '%1 %2 — %3 in stock (threshold %4)': '%1 %2 — %3 en stock (seuil %4)',
    '… and %n more in the Stock area': ('… et %n autre dans l\'espace Stock', '… et %n autres dans l\'espace Stock'),

    # IdleLock / InteractionDialog / MainWindow
    'Session locked': 'Session verrouillée',
    'This session was locked after a period of inactivity. Type your password to go back to your work.':
        'Cette session a été verrouillée après une période d\'inactivité. Saisissez votre mot de passe '
        'pour reprendre votre travail.',
    'Unlock': 'Déverrouiller',
    'Quit Comptoir': 'Quitter Comptoir',
    'Log an interaction': 'Noter un échange',
    'Kind': 'Type',
    'Channel': 'Canal',
    'Signed in: %1 (%2)': 'Connecté : %1 (%2)',
    '&Tools': '&Outils',
    '&Settings…': '&Paramètres…',

    # MergeDialog
    'Merge two customers': 'Fusionner deux clients',
    'Keep this record': 'Conserver cette fiche',
    'The other record is closed: its appointments, complaints, interactions and deposits move to the one kept, '
    'its loyalty points are added, and its sales, returns and consents are shown with the one kept. '
    'This cannot be undone.':
        "L'autre fiche est fermée : ses rendez-vous, réclamations, échanges et versements passent sur la fiche "
        'conservée, ses points de fidélité y sont ajoutés, et ses ventes, retours et consentements sont affichés '
        'avec elle. Cette action est irréversible.',
    '&Merge': '&Fusionner',
    'Created': 'Création',

    # NewComplaintDialog / QuickAppointmentDialog / QuickComplaintDialog
    'New complaint': 'Nouvelle réclamation',
    'Choose a category': 'Choisissez une catégorie',
    '%1 (answer within %n day(s))': ('%1 (réponse sous %n jour)', '%1 (réponse sous %n jours)'),
    'Nobody yet': "Personne pour l'instant",
    'C&ategory:': 'C&atégorie:',
    '&Subject:': 'O&bjet:',
    '&Description:': '&Description:',
    'Assign &to:': 'A&ttribuer à:',
    '&Open complaint': '&Ouvrir la réclamation',
    ' min': ' min',
    'With': 'Avec',
    'Start': 'Début',
    'Duration': 'Durée',
    '%1 (answer within %2 days)': '%1 (réponse sous %2 jours)',
    'Description': 'Description',

    # RescheduleDialog
    'Move appointment': 'Déplacer le rendez-vous',
    '%1 — %2, now on %3': '%1 — %2, actuellement le %3',
    '&Move': 'Dé&placer',

    # SettingsDialog
    'Settings': 'Paramètres',
    '&General': '&Général',
    '&Database': '&Base de données',
    'S&tore': '&Magasin',
    '&Backups': '&Sauvegardes',
    '&Save': '&Enregistrer',
    '&Language:': '&Langue:',
    'The new language is applied the next time Comptoir starts.':
        'La nouvelle langue sera appliquée au prochain démarrage de Comptoir.',
    'B&rowse…': '&Parcourir…',
    'Database &file:': '&Fichier de base de données:',
    'The database in use now is %1. Another file is opened the next time Comptoir starts; for several '
    'workstations, point them all to the same shared database.':
        'La base de données utilisée actuellement est %1. Un autre fichier sera ouvert au prochain démarrage '
        'de Comptoir ; pour plusieurs postes, faites-les tous pointer vers la même base de données partagée.',
    '14 digits': '14 chiffres',
    '&Name:': '&Nom:',
    '&Address:': '&Adresse:',
    '&Postal code:': '&Code postal:',
    '&City:': '&Ville:',
    'P&hone:': '&Téléphone:',
    'S&IRET:': 'S&IRET:',
    'Printed on receipts and reports. Stored in the database, shared by every workstation.':
        'Imprimé sur les tickets et les rapports. Enregistré dans la base de données, commun à tous les postes.',
    "Only the store manager or the IT technician can change the store's identity.":
        "Seuls le directeur d'agence et le technicien réseau peuvent modifier l'identité du magasin.",
    'Bro&wse…': 'Pa&rcourir…',
    'Backup &folder:': '&Dossier de sauvegarde:',
    'A backup is written there each time Comptoir closes. Prefer a folder on another disk or a network share.':
        'Une sauvegarde y est écrite à chaque fermeture de Comptoir. Préférez un dossier sur un autre disque '
        'ou un partage réseau.',
    'Backups &kept:': 'Sauvegardes &conservées:',
    'The oldest automatic backups beyond this number are removed.':
        'Au-delà de ce nombre, les sauvegardes automatiques les plus anciennes sont supprimées.',
    'Only the store manager or the IT technician can change this number.':
        "Seuls le directeur d'agence et le technicien réseau peuvent modifier ce nombre.",
    'Database file': 'Fichier de base de données',
    'Comptoir databases (*.db);;All files (*)': 'Bases de données Comptoir (*.db);;Tous les fichiers (*)',
    'Backup folder': 'Dossier de sauvegarde',

    # SignInDialog
    'Sign in — Comptoir': 'Connexion — Comptoir',
    '&Login': '&Identifiant',
    '&Password': '&Mot de passe',
    'Sign in': 'Se connecter',
    'Enter your login.': 'Saisissez votre identifiant.',

    # StockMoveDialog
    'Delivery': 'Livraison',
    'Adjustment': 'Ajustement',
    'Loss': 'Perte',
    'Return': 'Retour',
    'Damaged': 'Casse',
    '%1 — %2, in stock: %3': '%1 — %2, en stock : %3',
    '&Quantity:': '&Quantité:',
    'Stock adjustment': 'Ajustement de stock',
    '&Change (+ or −):': '&Variation (+ ou −):',
    'e.g. inventory count (required)': 'ex. : inventaire (obligatoire)',
    '&Record adjustment': "&Enregistrer l'ajustement",
    'Stock loss': 'Perte de stock',
    '&Units lost:': '&Unités perdues:',
    'e.g. breakage, theft (required)': 'ex. : casse, vol (obligatoire)',
    '&Record loss': '&Enregistrer la perte',
    '&Units received:': '&Unités reçues:',
    'e.g. delivery note number (optional)': 'ex. : numéro du bon de livraison (facultatif)',
    '&Record delivery': '&Enregistrer la livraison',
    'R&eason:': '&Motif:',
    'No supplier': 'Aucun fournisseur',
    '&Supplier:': '&Fournisseur:',
    'Level after:': 'Stock après:',

    # StockPage
    '&Below threshold only': 'Sous le &seuil uniquement',
    '&Delivery…': '&Livraison…',
    '&Adjustment…': '&Ajustement…',
    '&Loss…': '&Perte…',
    'Search by name, SKU or EAN-13': 'Rechercher par nom, SKU ou EAN-13',
    'SKU': 'SKU',
    'Product': 'Produit',
    'Price': 'Prix',
    'In stock': 'En stock',
    'Threshold': 'Seuil',
    'Below its reorder threshold': 'Sous son seuil de réapprovisionnement',
    'Date': 'Date',
    'Quantity': 'Quantité',
    'Reason': 'Motif',
    'By': 'Par',
    'system': 'système',
    'Select a product to see its stock moves.': 'Sélectionnez un produit pour voir ses mouvements de stock.',
    'Moves of %1 — %2': 'Mouvements de %1 — %2',

    # TimelineModel
    'planned': 'prévu',
    'done': 'effectué',
    'no-show': 'non honoré',
    'cancelled': 'annulé',
    'Type': 'Type',
    'Amount': 'Montant',
    'Call': 'Appel',
    'Visit': 'Visite',
    'Offer': 'Offre',
    'Deposit': 'Arrhes / acompte',
    'Appointment': 'Rendez-vous',
    'Complaint': 'Réclamation',
    '%1 · %2': '%1 · %2',
    'Receipt no. %1, items: %2': 'Ticket n° %1, articles : %2',
    'Credit note no. %1': 'Avoir n° %1',
    'Credit note no. %1: %2': 'Avoir n° %1 : %2',
    '%1 (%2)': '%1 (%2)',
}

# Strings added while the code was being written (kept in a separate block for review).
COMMON.update({
    # AppointmentsPage
    '%1 – %2': '%1 – %2',
    'Double-click a free slot to book it.': 'Double-cliquez sur un créneau libre pour le réserver.',
    '%1, %2 %3–%4 (%5)': '%1, %2 %3–%4 (%5)',
    '%2 %3–%4 · %1 (%5)': '%2 %3–%4 · %1 (%5)',
    # CustomerListPage
    'Type at least %1 characters to search': 'Saisissez au moins %1 caractères pour rechercher',
})

# ---------------------------------------------------------------------------------------------
# Translations that depend on the context: {(context, source): translation}.
# ---------------------------------------------------------------------------------------------
# French dictionary entries of the dashboard and the head-office report (issue 6, part 2),
# to be pasted into tools/fill_fr.py (COMMON.update / BY_CONTEXT / EN_PLURALS).
COMMON_DASHBOARD = {
    # Areas
    'Dashboard': 'Tableau de bord',
    # PeriodPicker
    'Today': "Aujourd'hui",
    'This week': 'Cette semaine',
    'This month': 'Ce mois-ci',
    'This quarter': 'Ce trimestre',
    'This year': 'Cette année',
    'Custom': 'Personnalisée',
    '&Period:': '&Période :',
    '&From': '&Du',
    't&o': '&au',
    '%n day(s)': ('%n jour', '%n jours'),
    # KpiTile
    '%1 vs prev. period': '%1 vs pér. préc.',
    '%1 vs year before': '%1 vs N-1',
    # KpiCatalogue
    '%1 min': '%1 min',
    '%1 h %2': '%1 h %2',
    '%1 d': '%1 j',
    'Revenue incl. VAT': "Chiffre d'affaires TTC",
    'Revenue excl. VAT': "Chiffre d'affaires HT",
    'Sales': 'Ventes',
    'Average basket': 'Panier moyen',
    'Items per basket': 'Articles par panier',
    'Returns (credit notes)': 'Retours (avoirs)',
    'Returns rate': 'Taux de retour',
    'New customers': 'Nouveaux clients',
    'Returning customers': 'Clients revenus',
    'Lost customers (12 months)': 'Clients perdus (12 mois)',
    'New prospects': 'Nouveaux prospects',
    "Loyalty members' share": 'Part des clients fidélité',
    'Satisfaction (out of 5)': 'Satisfaction (sur 5)',
    'Mean time to resolve': 'Délai moyen de résolution',
    'Appointments': 'Rendez-vous',
    'No-show rate': 'Taux de RDV non honorés',
    'Followed by a sale (7 days)': 'Suivis d\'un achat (7 j)',
    'Complaints opened': 'Réclamations ouvertes',
    'Overdue complaints': 'Réclamations en retard',
    'Products under threshold': 'Produits sous le seuil',
    'Stock value (at cost)': 'Valeur du stock (coût)',
    # DashboardPage
    'Export &PDF report…': 'Exporter le rapport &PDF…',
    'Revenue incl. VAT, with the previous period': "Chiffre d'affaires TTC, avec la période précédente",
    'Revenue by category': "Chiffre d'affaires par catégorie",
    'Top 10 products': 'Top 10 des produits',
    'Revenue per staff member': "Chiffre d'affaires par collaborateur",
    'RFM segments (customers)': 'Segments RFM (clients)',
    'Complaints by category': 'Réclamations par catégorie',
    'Complaints by status': 'Réclamations par statut',
    'Figures in %1 ms': 'Chiffres en %1 ms',
    'Reading the figures: %1 ms; drawing them: %2 ms': 'Lecture des chiffres : %1 ms ; affichage : %2 ms',
    'today': "aujourd'hui",
    'Export the report': 'Exporter le rapport',
    'PDF documents (*.pdf)': 'Documents PDF (*.pdf)',
    'RFM segment: %1': 'Segment RFM : %1',
    # ChartPanel
    'PNG…': 'PNG…',
    'Save this chart as a PNG image': 'Enregistrer ce graphique en image PNG',
    'Save as PNG…': 'Enregistrer en PNG…',
    'Save the chart': 'Enregistrer le graphique',
    'PNG images (*.png)': 'Images PNG (*.png)',
    'The image could not be written to %1.': "L'image n'a pas pu être écrite dans %1.",
    # Charts
    '%1 – %2': '%1 – %2',
    'Previous period, %1 – %2': 'Période précédente, %1 – %2',
    'per day': 'par jour',
    'per week (from Monday)': 'par semaine (à partir du lundi)',
    'per month': 'par mois',
    '€ %1': '€ %1',
    '(no category)': '(sans catégorie)',
    '(nobody)': '(personne)',
    'Customers': 'Clients',
    'Complaints': 'Réclamations',
    '%1\n%2 — %n sold': ('%1\n%2 — %n vendu', '%1\n%2 — %n vendus'),
    '%1\n%2 — %n sale(s)': ('%1\n%2 — %n vente', '%1\n%2 — %n ventes'),
    '%1: %n customer(s)\n%2 spent over 24 months': ('%1 : %n client\n%2 dépensés sur 24 mois',
                                                    '%1 : %n clients\n%2 dépensés sur 24 mois'),
    'Champions': 'Champions',
    'Loyal': 'Fidèles',
    'Potential': 'Potentiels',
    'New': 'Nouveaux',
    'At risk': 'À risque',
    "Can't lose": 'À ne pas perdre',
    'Hibernating': 'En sommeil',
    'Lost': 'Perdus',
    # CustomerListDialog
    '%n customer(s). Double-click one to open their page.':
        ('%n client. Double-cliquez dessus pour ouvrir sa fiche.',
         '%n clients. Double-cliquez sur l\'un d\'eux pour ouvrir sa fiche.'),
    'Name': 'Nom',
    'City': 'Ville',
    'Loyalty card': 'Carte de fidélité',
    'E-mail': 'E-mail',
    # DashboardReport
    '%1 to %2': 'du %1 au %2',
    'Activity report — %1': "Rapport d'activité — %1",
    '%1 — activity report, %2': "%1 — rapport d'activité, %2",
    'cannot write the PDF report to %1': "impossible d'écrire le rapport PDF dans %1",
    'store %1': 'magasin %1',
    'Period: %1 (%n day(s))': ('Période : %1 (%n jour)', 'Période : %1 (%n jours)'),
    'Compared with the previous period (%1) and the same period a year before (%2).':
        "Comparée à la période précédente (%1) et à la même période de l'année précédente (%2).",
    'Prepared on %1 at %2 by %3.': 'Établi le %1 à %2 par %3.',
    'Key figures': 'Indicateurs clés',
    '(today)': "(aujourd'hui)",
    'Indicator': 'Indicateur',
    'Period': 'Période',
    'Previous period': 'Période précédente',
    'Change': 'Évolution',
    'Year before': 'Année précédente',
    'Revenue counts credit notes negatively on the day they are made. Rates are shares of the '
    "period's sales; stock figures are those of today.":
        "Le chiffre d'affaires compte les avoirs en négatif le jour où ils sont émis. Les taux sont "
        "rapportés aux ventes de la période ; les chiffres de stock sont ceux du jour.",
    'Revenue by category and top 10 products': "Chiffre d'affaires par catégorie et top 10 des produits",
    'Revenue per staff member and RFM segments': "Chiffre d'affaires par collaborateur et segments RFM",
    'RFM segments': 'Segments RFM',
    'Complaints opened in the period': 'Réclamations ouvertes sur la période',
    '#': 'N°',
    'Product': 'Produit',
    'Quantity': 'Quantité',
    'No sale in the period.': 'Aucune vente sur la période.',
    'Category': 'Catégorie',
    'Staff member': 'Collaborateur',
    'RFM segments at the end of the period': 'Segments RFM en fin de période',
    'Segment': 'Segment',
    'Spent over 24 months': 'Dépensé sur 24 mois',
    'Status: %1': 'Statut : %1',
    'No complaint opened in the period.': 'Aucune réclamation ouverte sur la période.',
    'Category / status': 'Catégorie / statut',
}

EN_PLURALS_DASHBOARD = {
    '%n day(s)': ('%n day', '%n days'),
    '%1\n%2 — %n sold': ('%1\n%2 — %n sold', '%1\n%2 — %n sold'),
    '%1\n%2 — %n sale(s)': ('%1\n%2 — %n sale', '%1\n%2 — %n sales'),
    '%1: %n customer(s)\n%2 spent over 24 months': ('%1: %n customer\n%2 spent over 24 months',
                                                    '%1: %n customers\n%2 spent over 24 months'),
    '%n customer(s). Double-click one to open their page.': ('%n customer. Double-click it to open their page.',
                                                             '%n customers. Double-click one to open their page.'),
    'Period: %1 (%n day(s))': ('Period: %1 (%n day)', 'Period: %1 (%n days)'),
}

COMMON.update(COMMON_DASHBOARD)

# Session 2 screens (sale counter, returns, administration, import wizard, export, archive).
COMMON_NEW = {
    'the key "%1" is missing or not valid': "la clé « %1 » est absente ou invalide",
    'archive format %1 is not known (this program reads format %2)': "le format d'archive %1 est inconnu (ce programme lit le format %2)",
    'reading the ledger to archive': "lecture du journal à archiver",
    'counting the records to archive': "comptage des enregistrements à archiver",
    'cannot be read back: %1': "ne peut pas être relu : %1",
    'cannot be written: %1': "ne peut pas être écrit : %1",
    '%1 is not empty: an archive goes into a new folder': "%1 n'est pas vide : une archive va dans un nouveau dossier",
    '%1 has no sale, credit note, deposit or closure to archive': "%1 n'a aucune vente, aucun avoir, aucun versement ni aucune clôture à archiver",
    '%1 is not closed (no yearly closure): an archive is of a closed period. Close the year first, or ask for a provisional archive of the open year': "%1 n'est pas clôturé (pas de clôture annuelle) : une archive porte sur une période clôturée. Clôturez d'abord l'exercice, ou demandez une archive provisoire de l'exercice ouvert",
    'the ledger does not verify, nothing was archived: %1': "le journal ne se vérifie pas, rien n'a été archivé : %1",
    'the folder cannot be created': "le dossier ne peut pas être créé",
    'cannot be read: %1': "ne peut pas être lu : %1",
    'the header is not the expected one (%1)': "l'en-tête n'est pas celui attendu (%1)",
    'has %1 fields, the header %2': "a %1 champs, l'en-tête %2",
    'the manifest lists fewer records (an extra record was added)': "le manifeste liste moins d'enregistrements (un enregistrement a été ajouté)",
    'number %1 follows %2 (a record is missing or was moved)': "le numéro %1 suit %2 (un enregistrement manque ou a été déplacé)",
    'its previous hash is not the one the manifest starts from': "son empreinte précédente n'est pas celle dont part le manifeste",
    'is not the first record the manifest lists': "n'est pas le premier enregistrement listé par le manifeste",
    'is not the last record the manifest lists': "n'est pas le dernier enregistrement listé par le manifeste",
    'ends before the last record the manifest lists (a record was removed)': "s'arrête avant le dernier enregistrement listé par le manifeste (un enregistrement a été supprimé)",
    'a number column holds something else': "une colonne numérique contient autre chose",
    'belongs to no record of %1 (or is out of order)': "n'appartient à aucun enregistrement de %1 (ou n'est pas dans l'ordre)",
    'sale #%1': "vente n° %1",
    'totals do not match its lines in %1': "les totaux ne correspondent pas à ses lignes dans %1",
    'has %1 rows, the manifest says %2': "a %1 lignes, le manifeste en indique %2",
    'credit note #%1': "avoir n° %1",
    'closure %1 %2': "clôture %1 %2",
    '%1 line %2': "%1 ligne %2",
    'cannot be read in %1: not an archive folder': "ne peut pas être lu dans %1 : ce n'est pas un dossier d'archive",
    'is missing': "est absent",
    'its SHA-256 does not match %1: the manifest was changed': "son SHA-256 ne correspond pas à %1 : le manifeste a été modifié",
    'does not list %1': "ne liste pas %1",
    'its SHA-256 does not match the manifest: the file was changed': "son SHA-256 ne correspond pas au manifeste : le fichier a été modifié",
    'unknown customer %1': "client %1 inconnu",
    'must be between 1 and 1440 minutes (got %1)': "doit être entre 1 et 1440 minutes (reçu : %1)",
    'an end time or a duration is required': "une heure de fin ou une durée est requise",
    'unknown status "%1" (planned, done, no_show, cancelled)': "statut « %1 » inconnu (planned, done, no_show, cancelled)",
    'an appointment that has not started yet cannot be %1': "un rendez-vous qui n'a pas encore commencé ne peut pas être %1",
    'overlaps appointment #%1 of the same staff member': "chevauche le rendez-vous n° %1 du même collaborateur",
    'a complaint needs its customer (e-mail, card or phone)': "une réclamation doit indiquer son client (e-mail, carte ou téléphone)",
    'unknown complaint category "%1"': "catégorie de réclamation « %1 » inconnue",
    '%1 is in the future': "%1 est dans le futur",
    'imported': "importé",
    'unknown status "%1" (open, in_progress, resolved, closed, rejected)': "statut « %1 » inconnu (open, in_progress, resolved, closed, rejected)",
    'a rejected complaint needs its reason': "une réclamation rejetée doit indiquer son motif",
    'a resolved complaint needs its resolution': "une réclamation résolue doit indiquer sa résolution",
    'is given when a complaint is closed': "est renseigné quand une réclamation est close",
    'must be between the opening and now': "doit être entre l'ouverture et maintenant",
    '"%1" cannot be exported': "« %1 » ne peut pas être exporté",
    'no SQLite handle for reading %1': "pas de connexion SQLite pour lire %1",
    'nothing to count for "%1"': "rien à compter pour « %1 »",
    '"%1" cannot be exported; choose one of: %2': "« %1 » ne peut pas être exporté ; choisissez parmi : %2",
    'export cancelled: no file written': "export annulé : aucun fichier écrit",
    'reading the first sale': "lecture de la première vente",
    'counting the sale lines': "comptage des lignes de vente",
    'reading the products': "lecture des produits",
    'imported sale': "vente importée",
    'imported sale line': "ligne de vente importée",
    'imported payment': "paiement importé",
    'rejected with its sale: line %1: %2': "rejetée avec sa vente : ligne %1 : %2",
    'invalid period': "période invalide",
    'sales are imported a whole sale at a time': "les ventes sont importées une vente entière à la fois",
    'a sale key is required': "une clé de vente est requise",
    'sale %1 was already on line %2: the lines of a sale must follow each other': "la vente %1 figurait déjà ligne %2 : les lignes d'une vente doivent se suivre",
    '"%1" differs from line %2 of the same sale ("%3")': "« %1 » diffère de la ligne %2 de la même vente (« %3 »)",
    'the date of the sale is required': "la date de la vente est requise",
    'unknown payment method "%1" (cash, card, cheque, voucher, store_credit, deposit)': "moyen de paiement « %1 » inconnu (cash, card, cheque, voucher, store_credit, deposit)",
    '%1 is in a closed period (days are closed up to %2)': "%1 est dans une période clôturée (les journées sont clôturées jusqu'au %2)",
    '%1 is in a closed month or year': "%1 est dans un mois ou un exercice clôturé",
    'imported sales must predate the first sale recorded here (%1)': "les ventes importées doivent être antérieures à la première vente enregistrée ici (%1)",
    'must be greater than zero (got %1): returns are not imported as sales': "doit être supérieur à zéro (reçu : %1) : les retours ne sont pas importés comme des ventes",
    'cannot be negative (got %1)': "ne peut pas être négatif (reçu : %1)",
    'must be between 0 and 100 % (got %1)': "doit être entre 0 et 100 % (reçu : %1)",
    'must be between 0 and the line amount (got %1)': "doit être entre 0 et le montant de la ligne (reçu : %1)",
    'Suppliers': "Fournisseurs",
    'Stock moves': "Mouvements de stock",
    'Sales (one row per sale line)': "Ventes (une ligne par ligne de vente)",
    'Users': "Utilisateurs",
    'Backups': "Sauvegardes",
    'Sign-in log': "Journal des connexions",
    'Audit trail': "Journal d'audit",
    'success': "réussie",
    'refused': "refusée",
    'Time': "Heure",
    'Result': "Résultat",
    'Detail': "Détail",
    'Action': "Action",
    'Entity': "Entité",
    'Id': "Id",
    'Details': "Détails",
    'Backup folder: %1': "Dossier des sauvegardes : %1",
    'File': "Fichier",
    'Size': "Taille",
    'Back up now': "Sauvegarder maintenant",
    'Restore…': "Restaurer…",
    'No backup in this folder yet.': "Aucune sauvegarde dans ce dossier pour l'instant.",
    'Backup written and checked: %1 (%2).': "Sauvegarde écrite et vérifiée : %1 (%2).",
    'Choose the backup to restore in the list.': "Choisissez dans la liste la sauvegarde à restaurer.",
    'Restore a backup': "Restaurer une sauvegarde",
    "Replace the store's database by the backup %1?\n\nComptoir closes, takes a last backup of the current database, keeps the replaced file aside, restores, and asks everyone to sign in again. Sales recorded after this backup are no longer in the restored database.": "Remplacer la base de données du magasin par la sauvegarde %1 ?\n\nComptoir se ferme, fait une dernière sauvegarde de la base actuelle, met de côté le fichier remplacé, restaure, puis demande à chacun de se reconnecter. Les ventes enregistrées après cette sauvegarde ne figurent plus dans la base restaurée.",
    'Close and restore': "Fermer et restaurer",
    'E&xport this list…': "E&xporter cette liste…",
    'Export the customers shown, with the search applied, as CSV or XLSX': "Exporter les clients affichés, avec la recherche appliquée, en CSV ou XLSX",
    'this needs a database file (an in-memory database has no second connection)': "il faut un fichier de base de données (une base en mémoire n'a pas de seconde connexion)",
    'Export this list': "Exporter cette liste",
    'Export': "Exporter",
    'The customers list: every customer': "La liste des clients : tous les clients",
    'The customers list: the customers matching "%1" (at most %2, as shown)': "La liste des clients : les clients correspondant à « %1 » (au plus %2, comme affiché)",
    'Rows:': "Lignes :",
    'customers-list': "liste-clients",
    '&Data:': "&Données :",
    'CSV (text, for any program)': "CSV (texte, pour tout programme)",
    'Excel workbook (XLSX)': "Classeur Excel (XLSX)",
    'Semicolon ( ; ), French spreadsheets': "Point-virgule ( ; ), tableurs français",
    'Comma ( , )': "Virgule ( , )",
    'Tab': "Tabulation",
    'UTF-8': "UTF-8",
    'Windows-1252 (older Excel)': "Windows-1252 (anciens Excel)",
    '&Browse…': "&Parcourir…",
    '&Format:': "&Format :",
    '&Separator:': "&Séparateur :",
    '&Encoding:': "&Encodage :",
    'F&ile:': "F&ichier :",
    '&Export': "&Exporter",
    '&Cancel the export': "&Annuler l'export",
    'Close': "Fermer",
    'Cancelling… no file will be written.': "Annulation… aucun fichier ne sera écrit.",
    '%1 rows written (%2 rows/s)…': "%1 lignes écrites (%2 lignes/s)…",
    'Excel workbooks (*.xlsx)': "Classeurs Excel (*.xlsx)",
    'CSV files (*.csv)': "Fichiers CSV (*.csv)",
    'Exporting…': "Export en cours…",
    'The export did not run.': "L'export n'a pas eu lieu.",
    'Export cancelled: no file was written.': "Export annulé : aucun fichier n'a été écrit.",
    'The export failed, no file was written: %1': "L'export a échoué, aucun fichier n'a été écrit : %1",
    '%1 rows exported to %2 in %3 s.': "%1 lignes exportées vers %2 en %3 s.",
    '-rejects': "-rejets",
    '&All or nothing: one invalid row and nothing is imported': "&Tout ou rien : une seule ligne invalide et rien n'est importé",
    '&Skip invalid rows and write them, with the reason, to:': "&Ignorer les lignes invalides et les écrire, avec le motif, dans :",
    'Check &again': "&Vérifier à nouveau",
    'Check the file': "Vérifier le fichier",
    'Every row is checked without writing anything. Cells at fault are highlighted.': "Chaque ligne est vérifiée sans rien écrire (vérification à blanc). Les cellules en faute sont surlignées.",
    'Skip them (keep the record in the store)': "Les ignorer (garder l'enregistrement du magasin)",
    'Update the record in the store': "Mettre à jour l'enregistrement du magasin",
    'Create a new record anyway': "Créer quand même un nouvel enregistrement",
    'Options': "Options",
    'Records already in the store (same e-mail, phone, card or reference):': "Enregistrements déjà présents dans le magasin (même e-mail, téléphone, carte ou référence) :",
    'Line': "Ligne",
    'Checking every row…': "Vérification de chaque ligne…",
    'The check was stopped.': "La vérification a été arrêtée.",
    'The file cannot be imported with this mapping: see the problems below.': "Le fichier ne peut pas être importé avec cette correspondance des colonnes : voir les problèmes ci-dessous.",
    '%1 rows read: %2 to create, %3 to update, %4 duplicates to skip, %5 with a problem.': "%1 lignes lues : %2 à créer, %3 à mettre à jour, %4 doublons à ignorer, %5 avec un problème.",
    'All or nothing: fix the file, or choose to skip the invalid rows.': "Tout ou rien : corrigez le fichier, ou choisissez d'ignorer les lignes invalides.",
    'The invalid rows will be written to the rejects file.': "Les lignes invalides seront écrites dans le fichier des rejets.",
    'semicolon ( ; )': "point-virgule ( ; )",
    'comma ( , )': "virgule ( , )",
    'tab': "tabulation",
    'Choose the file': "Choisir le fichier",
    'A CSV file (UTF-8 or Windows-1252, separated by ; , or tabs), with a header line.': "Un fichier CSV (UTF-8 ou Windows-1252, séparé par ; , ou des tabulations), avec une ligne d'en-tête.",
    '&File:': "&Fichier :",
    '&Contains:': "&Contient :",
    'Import a file': "Importer un fichier",
    'CSV files (*.csv *.txt);;All files (*)': "Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)",
    'Cannot open %1: %2': "Impossible d'ouvrir %1 : %2",
    ' (with byte order mark)': " (avec indicateur d'ordre des octets)",
    ' (only plain ASCII in the first lines)': " (uniquement de l'ASCII simple dans les premières lignes)",
    'Match the columns': "Faire correspondre les colonnes",
    'Choose the column of the file that fills each field. Fields marked * are required.': "Choisissez la colonne du fichier qui remplit chaque champ. Les champs marqués * sont obligatoires.",
    'Profile name': "Nom du profil",
    '&Load': "&Charger",
    '&Save as profile': "&Enregistrer comme profil",
    'Saved mappings (profiles)': "Correspondances des colonnes enregistrées (profils)",
    '(not imported)': "(non importé)",
    '%1 *': "%1 *",
    'Choose a column for the required field(s): %1': "Choisissez une colonne pour le ou les champs obligatoires : %1",
    'Profile "%1" loaded.': "Profil « %1 » chargé.",
    'Profile "%1" saved.': "Profil « %1 » enregistré.",
    '&Cancel the import': "&Annuler l'import",
    'Rows per second:': "Lignes par seconde :",
    'Elapsed:': "Écoulé :",
    'Cancelling… nothing will be written.': "Annulation… rien ne sera écrit.",
    '%1 from %2': "%1 sur %2",
    'Importing…': "Import en cours…",
    '%1:%2': "%1:%2",
    'The import did not run.': "L'import n'a pas eu lieu.",
    'The import failed, nothing was written: %1': "L'import a échoué, rien n'a été écrit : %1",
    'Import cancelled: nothing was written.': "Import annulé : rien n'a été écrit.",
    'Nothing was written: %1 rows with a problem (all or nothing).': "Rien n'a été écrit : %1 lignes avec un problème (tout ou rien).",
    'Import finished. Rows read: %1. Created: %2. Updated: %3. Duplicates skipped: %4. Rejected: %5.': "Import terminé. Lignes lues : %1. Créées : %2. Mises à jour : %3. Doublons ignorés : %4. Rejetées : %5.",
    'The rejected rows are in %1.': "Les lignes rejetées sont dans %1.",
    '&Import': "&Importer",
    'Login (empty: everyone)': "Identifiant (vide : tout le monde)",
    'Refresh': "Actualiser",
    'Login:': "Identifiant :",
    '&File': "&Fichier",
    '&Import…': "&Importer…",
    '&Export…': "&Exporter…",
    'Change my &password…': "Changer mon &mot de passe…",
    'Your password is changed.': "Votre mot de passe est modifié.",
    'New user': "Nouvel utilisateur",
    'Role': "Rôle",
    'Create': "Créer",
    'the two passwords differ': "les deux mots de passe diffèrent",
    'Change my password': "Changer mon mot de passe",
    'Reset the password of %1': "Réinitialiser le mot de passe de %1",
    'At least 12 characters; a sentence you remember is fine.': "Au moins 12 caractères ; une phrase dont vous vous souvenez convient.",
    'Current password': "Mot de passe actuel",
    'New password': "Nouveau mot de passe",
    'New password again': "Confirmer le nouveau mot de passe",
    'Reset': "Réinitialiser",
    'the two new passwords differ': "les deux nouveaux mots de passe diffèrent",
    '&Validate (F12)': "&Valider (F12)",
    'Cancel': "Annuler",
    'Payment': "Paiement",
    '%1 (F%2)': "%1 (F%2)",
    'Amount, then Enter': "Montant, puis Entrée",
    'F5 cash · F6 card · F7 cheque · F8 gift voucher · F9 store credit · F10 deposit · Enter adds the payment · Delete removes the selected one': "F5 espèces · F6 carte · F7 chèque · F8 bon cadeau · F9 avoir · F10 versement · Entrée ajoute le paiement · Suppr retire celui sélectionné",
    '&Method': "&Moyen",
    '&Amount (€)': "M&ontant (€)",
    'Total': "Total",
    'Still due': "Reste dû",
    'Change to give': "Monnaie à rendre",
    'Credit note n°': "Avoir n°",
    'Deposit n°': "Versement n°",
    'number printed on the credit note': "numéro imprimé sur l'avoir",
    "number of the customer's deposit": "numéro du versement du client",
    "Attach the customer first: a deposit is applied to its owner's sale": "Associez d'abord le client : un versement s'applique à une vente de son titulaire",
    'Type the number of the credit note': "Saisissez le numéro de l'avoir",
    'Type the number of the deposit': "Saisissez le numéro du versement",
    'Deposit n° %1 is not an open deposit of this customer': "Le versement n° %1 n'est pas un versement ouvert de ce client",
    'Deposit n° %1 is already used': "Le versement n° %1 est déjà utilisé",
    'The amount must be greater than zero': "Le montant doit être supérieur à zéro",
    'Only %1 is still due: only cash may exceed it': "Il ne reste que %1 à payer : seules les espèces peuvent dépasser ce montant",
    'With cash already given, other payments must leave something to pay in cash': "Des espèces ayant déjà été données, les autres paiements doivent laisser un reste à payer en espèces",
    'Nothing is left to pay in cash': "Il ne reste rien à payer en espèces",
    'Credit note n° %1 has only %2 left': "Il ne reste que %2 sur l'avoir n° %1",
    'The payments do not cover the total yet: %1 still due': "Les paiements ne couvrent pas encore le total : reste dû %1",
    '(credit note n° %1)': "(avoir n° %1)",
    '(deposit n° %1)': "(versement n° %1)",
    '(handed over)': "(remis)",
    'Cash': "Espèces",
    'Card': "Carte",
    'Cheque': "Chèque",
    'Gift voucher': "Bon cadeau",
    'Store credit': "Avoir",
    'Change the price': "Modifier le prix",
    '0,00': "0,00",
    'e.g. damaged packaging, loyal customer': "ex. emballage abîmé, client fidèle",
    '&Unit price (€)': "Prix &unitaire (€)",
    '&Discount on the line (€)': "&Remise sur la ligne (€)",
    '&Reason': "&Motif",
    'The price cannot be negative': "Le prix ne peut pas être négatif",
    'The discount cannot be negative': "La remise ne peut pas être négative",
    'Say why the price changes': "Indiquez pourquoi le prix change",
    '(whole row)': "(ligne entière)",
    'Column': "Colonne",
    'Find a product': "Rechercher un produit",
    'Name, SKU or EAN-13': "Nom, référence ou EAN-13",
    'Type part of a name, a SKU or an EAN-13': "Saisissez une partie d'un nom, une référence ou un EAN-13",
    '%1 — %2 — %3': "%1 — %2 — %3",
    'No product matches "%1"': "Aucun produit ne correspond à « %1 »",
    'Phone %1': "Tél. %1",
    'SIRET %1': "SIRET %1",
    'Product #%1': "Produit n° %1",
    'VAT rate': "Taux de TVA",
    'Excl. VAT': "HT",
    'VAT': "TVA",
    'Incl. VAT': "TTC",
    'Customer: %1': "Client : %1",
    'Loyalty card: %1': "Carte de fidélité : %1",
    'Loyalty points: %1': "Points de fidélité : %1",
    'Receipt n° %1': "Ticket n° %1",
    'Date: %1': "Date : %1",
    'Article': "Article",
    'Qty': "Qté",
    '  discount': "  remise",
    'TOTAL incl. VAT %1': "TOTAL TTC %1",
    'Change given: %1': "Monnaie rendue : %1",
    'Prices include VAT. Keep this receipt for any exchange or return.': "Prix TTC. Conservez ce ticket pour tout échange ou retour.",
    'Receipt n° %1 — signature %2': "Ticket n° %1 — signature %2",
    'Thank you for your visit': "Merci de votre visite",
    'Credit note n° %1': "Avoir n° %1",
    'For receipt n° %1 of %2': "Pour le ticket n° %1 du %2",
    'Article returned': "Article retourné",
    '%1 (damaged)': "%1 (endommagé)",
    'REFUND incl. VAT %1': "REMBOURSEMENT TTC %1",
    'Refunded as: %1': "Remboursé en : %1",
    'Store credit usable as a payment: give credit note n° %1': "Avoir utilisable comme paiement : présentez l'avoir n° %1",
    'Reason: %1': "Motif : %1",
    'Credit note n° %1 — signature %2': "Avoir n° %1 — signature %2",
    '&Print…': "&Imprimer…",
    'P&DF…': "P&DF…",
    'Receipt saved: %1': "Ticket enregistré : %1",
    'The PDF could not be written to %1': "Le PDF n'a pas pu être écrit dans %1",
    'Save the receipt as PDF': "Enregistrer le ticket en PDF",
    'PDF files (*.pdf)': "Fichiers PDF (*.pdf)",
    'Print the receipt': "Imprimer le ticket",
    'Sold': "Vendu",
    'Already returned': "Déjà retourné",
    'Returnable': "Retournable",
    'To return': "À retourner",
    'Refund': "Remboursement",
    '&Find': "&Rechercher",
    '&Damaged goods (not put back on the shelf)': "Marchandise &endommagée (non remise en rayon)",
    '&Record the return': "&Enregistrer le retour",
    'Receipt number, then Enter': "Numéro du ticket, puis Entrée",
    'Original method of payment': "Moyen de paiement d'origine",
    'Store credit (credit note usable later)': "Avoir (utilisable plus tard)",
    'e.g. wrong size, faulty': "ex. mauvaise taille, défectueux",
    'Sale n°': "Vente n°",
    'Re&fund': "Re&mboursement",
    'Rea&son': "Mo&tif",
    'Type the quantity to return in the "To return" column (arrows to move, a number then Enter), then Record the return.': "Saisissez la quantité à retourner dans la colonne « À retourner » (flèches pour se déplacer, un nombre puis Entrée), puis Enregistrer le retour.",
    'Type the number printed on the receipt': "Saisissez le numéro imprimé sur le ticket",
    'No sale n° %1': "Aucune vente n° %1",
    'anonymous': "anonyme",
    'Sale n° %1 of %2 — %3 — customer: %4 — paid by %5': "Vente n° %1 du %2 — %3 — client : %4 — payée par %5",
    'Original method of payment (%1)': "Moyen de paiement d'origine (%1)",
    'Choose at least one quantity to return': "Choisissez au moins une quantité à retourner",
    'Say why the goods come back': "Indiquez pourquoi la marchandise revient",
    'This refund is above the approval threshold: a manager must sign in to approve it': "Ce remboursement dépasse le seuil d'approbation : un responsable doit se connecter pour l'approuver",
    '%1 may not approve refunds': "%1 n'est pas autorisé à approuver les remboursements",
    'Credit note n° %1 recorded — refund %2 (%3)': "Avoir n° %1 enregistré — remboursement %2 (%3)",
    'credit-note-%1.pdf': "avoir-%1.pdf",
    'Refund %1': "Rembourser %1",
    'Manager approval': "Approbation d'un responsable",
    'Sales associate': "Vendeur",
    'Intern': "Stagiaire",
    'Search (F2)': "Rechercher (F2)",
    'Price… (F4)': "Prix… (F4)",
    'Pay (F12)': "Payer (F12)",
    'Scan or type an EAN-13 or a SKU, or a name, then Enter': "Scannez ou saisissez un EAN-13, une référence ou un nom, puis Entrée",
    'Enter adds · + / − quantity · Delete removes the line · F2 products · F3 customer%1 · F12 pay': "Entrée ajoute · + / − quantité · Suppr retire la ligne · F2 produits · F3 client%1 · F12 payer",
    ' · F4 price': " · F4 prix",
    'Invalid barcode (wrong check digit): %1': "Code-barres invalide (mauvaise clé de contrôle) : %1",
    'Unknown barcode: %1': "Code-barres inconnu : %1",
    'Unknown code: %1': "Code inconnu : %1",
    '%1 is no longer sold': "%1 n'est plus vendu",
    'The basket is empty: scan an article first': "Le panier est vide : scannez d'abord un article",
    'Sale n° %1 recorded — change %2': "Vente n° %1 enregistrée — monnaie %2",
    'Sale n° %1 recorded — %2': "Vente n° %1 enregistrée — %2",
    'receipt-%1.pdf': "ticket-%1.pdf",
    'Select a line first': "Sélectionnez d'abord une ligne",
    'Delete removes the line': "Suppr retire la ligne",
    'Find… (F3)': "Rechercher… (F3)",
    'Detach': "Dissocier",
    'Customer: loyalty card, phone or e-mail, then Enter': "Client : carte de fidélité, téléphone ou e-mail, puis Entrée",
    'No customer with the card, phone or e-mail "%1"': "Aucun client avec la carte, le téléphone ou l'e-mail « %1 »",
    'Attach a customer': "Associer un client",
    'No customer': "Aucun client",
    'SKU %1': "Réf. %1",
    'EAN %1': "EAN %1",
    'Price changed: %1': "Prix modifié : %1",
    'Unit price': "Prix unitaire",
    'Discount': "Remise",
    '&Counter': "&Comptoir",
    '&Returns': "&Retours",
    '%1 %': "%1 %",
    'All': "Tous taux",
    'Total %1': "Total %1",
    'The backup was not restored; the database is unchanged.\n\n%1': "La sauvegarde n'a pas été restaurée ; la base de données est inchangée.\n\n%1",
    'The backup %1 is restored. The replaced database is kept as %2.': "La sauvegarde %1 est restaurée. La base remplacée est conservée sous %2.",
    'Reset password…': "Réinitialiser le mot de passe…",
    'State': "État",
    'Password changed': "Mot de passe modifié",
    'New user…': "Nouvel utilisateur…",
    'Active': "Actif",
    'Disabled': "Désactivé",
    'Locked until %1': "Verrouillé jusqu'à %1",
    'Enable': "Activer",
    'Disable': "Désactiver",
    'User created.': "Utilisateur créé.",
    '%1 is disabled.': "%1 est désactivé.",
    '%1 is enabled again.': "%1 est réactivé.",
    'The password of %1 is reset.': "Le mot de passe de %1 est réinitialisé.",
}
PLURALS_NEW = {
    'Detected: encoding %1%2, separator %3. %n column(s): %4': ("Détecté : encodage %1%2, séparateur %3. %n colonne : %4", "Détecté : encodage %1%2, séparateur %3. %n colonnes : %4"),
    '%n entries (newest first)': ("%n entrée (la plus récente d'abord)", "%n entrées (les plus récentes d'abord)"),
    '%n product(s): arrows and Enter to add': ("%n produit : flèches et Entrée pour ajouter", "%n produits : flèches et Entrée pour ajouter"),
    '%n item(s)': ("%n article", "%n articles"),
    '%1 — %n loyalty point(s)': ("%1 — %n point de fidélité", "%1 — %n points de fidélité"),
}

COMMON.update(COMMON_NEW)
COMMON.update(PLURALS_NEW)

COMMON_KPI = {
    'checking the credit notes': "vérification des avoirs",
    'unknown segment %1': "segment inconnu : %1",
    'Period %1 – %2 (previous: %3 – %4; year before: %5 – %6)': "Période du %1 au %2 (précédente : %3 – %4 ; un an avant : %5 – %6)",
    'Previous': "Précédente",
    'Top products (quantity, revenue)': "Meilleurs produits (quantité, chiffre d'affaires)",
    'Revenue by staff member (sales, revenue)': "Chiffre d'affaires par collaborateur (ventes, chiffre d'affaires)",
    'RFM segments (customers, spent over 24 months)': "Segments RFM (clients, dépensé sur 24 mois)",
    'Returns': "Retours",
    'Lost customers': "Clients perdus",
    'Complaints overdue': "Réclamations en retard",
    'Mean time to resolve (h)': "Délai moyen de résolution (h)",
    'Mean satisfaction (/5)': "Satisfaction moyenne (/5)",
    'Stock value': "Valeur du stock",
    # historical sales import: the payments column
    'reading the loyalty members': "lecture des titulaires d'une carte de fidélité",
    "the payments add up to %1, the sale's lines to %2": "les paiements totalisent %1, les lignes de la vente %2",
    '"%1" is not a payment: write a method and an amount, payments separated by | (card 30.00 | cash 12.50)':
        "« %1 » n'est pas un paiement : indiquez un moyen et un montant, les paiements séparés par | (card 30.00 | cash 12.50)",
}
COMMON.update(COMMON_KPI)

BY_CONTEXT = {
    ('comptoir::ProductService', 'id'): "l'identifiant",
    ('comptoir::ProductService', 'SKU'): 'le SKU',
    ('comptoir::ProductService', 'EAN-13'): "l'EAN-13",
    ('comptoir::ComplaintsPage', 'Opened'): 'Ouverte le',
    ('comptoir::ui::ComplaintsPage', 'Opened'): 'Ouverte le',
    ('comptoir::ui::ComplaintDetail', 'Opened'): 'Ouverture',
    ('comptoir::ui::ComplaintDetail', 'When'): 'Date',
    ('comptoir::ui::ComplaintDetail', 'Who'): 'Par',
    ('comptoir::ui::StockMoveDialog', 'Sale'): 'Vente',
    ('comptoir::SaleService', '%1 is already closed'): 'la journée du %1 est déjà clôturée',
    ('comptoir::ui::ConsentPanel', 'Not asked'): 'Non demandé',
    ('comptoir::ui::ComplaintStepDialog', 'Not asked'): 'Non demandée',
    ('comptoir::ImportService', '%1: %2'): '%1 : %2',
}

# Administration journals (ui/admin/AuditLabels), "Export this list" for complaints and stock,
# payment methods inside a sentence ("payée par carte").
COMMON_AUDIT = {
    'Sign-in': 'Connexion',
    'Failed sign-in': 'Connexion refusée',
    'Account locked': 'Compte verrouillé',
    'Password reset': 'Mot de passe réinitialisé',
    'Account enabled': 'Compte activé',
    'Account disabled': 'Compte désactivé',
    'Creation': 'Création',
    'Merge': 'Fusion',
    'Assignment': 'Attribution',
    'Rescheduled': 'Déplacé',
    'Reopened': 'Rouverte',
    'Taken in hand': 'Prise en charge',
    'Resolved': 'Résolue',
    'Closed': 'Clôturée',
    'Rejected': 'Rejetée',
    'Import profile saved': "Profil d'import enregistré",
    'Backup': 'Sauvegarde',
    'Restore': 'Restauration',
    'Return / refund': 'Retour / remboursement',
    'Deposit taken': 'Versement reçu',
    'Deposit refunded': 'Versement remboursé',
    'Deposit forfeited': 'Versement conservé',
    'Period closure': 'Clôture de période',
    'Ledger archived': 'Journal des ventes archivé',
    'Demo store generated': 'Magasin de démonstration généré',
    'User': 'Utilisateur',
    'Store': 'Magasin',
    'Setting': 'Réglage',
    'Database': 'Base de données',
    'Consent': 'Consentement',
    'Interaction': 'Échange',
    'Supplier': 'Fournisseur',
    'Stock move': 'Mouvement de stock',
    'Closure': 'Clôture',
    'Archive': 'Archive',
    'Import profile': "Profil d'import",
    'Password hash upgraded': 'Empreinte du mot de passe renforcée',
    'Failed attempts': 'Tentatives échouées',
    'Locked until': "Verrouillé jusqu'au",
    'Password changed on': 'Mot de passe changé le',
    'Rows': 'Lignes',
    'Filter': 'Filtre',
    'Bytes': 'Octets',
    'Starts': 'Début',
    'Ends': 'Fin',
    'Number': 'Numéro',
    'Sale lines': 'Lignes de vente',
    'Last day': 'Dernier jour',
    'Seed': 'Graine',
    'Signed in': 'Connexion réussie',
    'Session unlocked': 'Session déverrouillée',
    'Wrong password': 'Mot de passe erroné',
    'Unknown login': 'Identifiant inconnu',
    'Unlocking: wrong password': 'Déverrouillage : mot de passe erroné',
    'Password change: wrong password': 'Changement de mot de passe : mot de passe erroné',
    'none': 'aucun',
    'yes': 'oui',
    'no': 'non',
    'Export the complaints shown, with the filter applied, as CSV or XLSX':
        'Exporter les réclamations affichées, avec le filtre appliqué, en CSV ou XLSX',
    'The complaints list: %1, in the order shown': "La liste des réclamations : %1, dans l'ordre affiché",
    'complaints-list': 'liste-reclamations',
    'Export the products shown, with the search and filter applied, as CSV or XLSX':
        'Exporter les produits affichés, avec la recherche et le filtre appliqués, en CSV ou XLSX',
    'The stock list: the products below their reorder threshold':
        'La liste du stock : les produits sous leur seuil de réapprovisionnement',
    'The stock list: the products below their reorder threshold matching "%1"':
        'La liste du stock : les produits sous leur seuil de réapprovisionnement correspondant à « %1 »',
    'The stock list: every product': 'La liste du stock : tous les produits',
    'The stock list: the products matching "%1" (at most %2, as shown)':
        'La liste du stock : les produits correspondant à « %1 » (au plus %2, comme affiché)',
    'stock-list': 'liste-stock',
    'checkpoint: %1': 'point de contrôle du journal : %1',
    # import fields on the mapping page (ui/importer/EntityTitles)
    'Title (Mr, Mrs)': 'Civilité (M., Mme)',
    'EAN-13': 'EAN-13',
    'Price incl. VAT': 'Prix TTC',
    'Cost excl. VAT': "Coût d'achat HT",
    'Reorder threshold': 'Seuil de réapprovisionnement',
    'Contact': 'Contact',
    'Customer (e-mail, card or phone)': 'Client (e-mail, carte ou téléphone)',
    'Customer e-mail': 'E-mail du client',
    'Customer loyalty card': 'Carte de fidélité du client',
    'Customer phone': 'Téléphone du client',
    'Sale number': 'Numéro de vente',
    'Date of sale': 'Date de la vente',
    'Payment method': 'Moyen de paiement',
    'Staff member (login)': 'Collaborateur (identifiant)',
    'End': 'Fin',
    'Duration (minutes)': 'Durée (minutes)',
    'Opened on': 'Ouverte le',
    'Resolution': 'Résolution',
    'Satisfaction (1 to 5)': 'Satisfaction (1 à 5)',
    'Resolved on': 'Résolue le',
    'Closed on': 'Clôturée le',
}
COMMON.update(COMMON_AUDIT)

BY_CONTEXT.update({
    ('comptoir::ui::AuditLabels', 'Change'): 'Modification',
    ('comptoir::ui::AuditLabels', 'Export'): 'Export',
    ('comptoir::ui::AuditLabels', 'Deposit'): 'Versement',
    ('comptoir::ui::PaymentLabels', 'cash'): 'espèces',
    ('comptoir::ui::PaymentLabels', 'card'): 'carte',
    ('comptoir::ui::PaymentLabels', 'cheque'): 'chèque',
    ('comptoir::ui::PaymentLabels', 'gift voucher'): 'bon cadeau',
    ('comptoir::ui::PaymentLabels', 'store credit'): 'avoir',
    ('comptoir::ui::PaymentLabels', 'deposit'): 'acompte',
})

# English catalogue: only the plural forms need a translation (singular, plural).
EN_PLURALS = {
    '%n product(s) below their reorder threshold':
        ('%n product below its reorder threshold', '%n products below their reorder threshold'),
    '… and %n more in the Stock area': ('… and %n more in the Stock area', '… and %n more in the Stock area'),
    '%1 (answer within %n day(s))': ('%1 (answer within %n day)', '%1 (answer within %n days)'),
}

# ---------------------------------------------------------------------------------------------

EN_PLURALS.update(EN_PLURALS_DASHBOARD)

EN_PLURALS.update({
    'Detected: encoding %1%2, separator %3. %n column(s): %4':
        ('Detected: encoding %1%2, separator %3. %n column: %4', 'Detected: encoding %1%2, separator %3. %n columns: %4'),
    '%n entries (newest first)': ('%n entry (newest first)', '%n entries (newest first)'),
    '%n product(s): arrows and Enter to add': ('%n product: arrows and Enter to add', '%n products: arrows and Enter to add'),
    '%n item(s)': ('%n item', '%n items'),
    '%1 — %n loyalty point(s)': ('%1 — %n loyalty point', '%1 — %n loyalty points'),
})

CONTEXT_RE = re.compile(r'<context>(.*?)</context>', re.S)
NAME_RE = re.compile(r'<name>(.*?)</name>', re.S)
MESSAGE_RE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
UNFINISHED_RE = re.compile(r'<translation type="unfinished"(?:/>|>(?P<inner>.*?)</translation>)', re.S)
ANY_TRANSLATION_RE = re.compile(r'<translation(?P<attrs>[^>]*?)(?:/>|>(?P<inner>.*?)</translation>)', re.S)
PLACEHOLDER_RE = re.compile(r'%(?:n|L?\d+)')


def xml_escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def accelerators(text):
    return len(re.findall(r'&(?!&)', text.replace('&&', '')))


def check(source, forms, context):
    """Return a list of problems (placeholders, accelerators) of a translation."""
    problems = []
    for form in forms:
        if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(form))):
            problems.append(f'placeholders differ: {source!r} -> {form!r}')
        if accelerators(source) != accelerators(form):
            problems.append(f'accelerators differ: {source!r} -> {form!r}')
    return problems


def lookup(table_common, table_context, context, source):
    if (context, source) in table_context:
        return table_context[(context, source)]
    return table_common.get(source)


def fill(path, common, by_context, numerus_count, report_only=False, update=False):
    text = open(path, encoding='utf-8').read()
    stats = {'filled': 0, 'known': 0, 'missing': [], 'problems': []}

    def do_message(context, m):
        attrs, body = m.group('attrs'), m.group('body')
        numerus = 'numerus="yes"' in attrs
        unfinished = UNFINISHED_RE.search(body)
        if not unfinished and update:
            unfinished = ANY_TRANSLATION_RE.search(body)
        if not unfinished:
            return m.group(0)
        source = html.unescape(SOURCE_RE.search(body).group(1))
        value = lookup(common, by_context, context, source)
        if value is None or (numerus and not isinstance(value, tuple)) or (not numerus and isinstance(value, tuple)):
            stats['missing'].append((context, source, numerus))
            return m.group(0)
        forms = list(value) if numerus else [value]
        if numerus and len(forms) != numerus_count:
            stats['missing'].append((context, source, numerus))
            return m.group(0)
        stats['problems'] += [f'{context}: {p}' for p in check(source, forms, context)]
        if report_only:
            stats['known'] += 1
            return m.group(0)
        if numerus:
            indent = ' ' * 12
            inner = ''.join(f'\n{indent}<numerusform>{xml_escape(f)}</numerusform>' for f in forms)
            new = f'<translation>{inner}\n        </translation>'
        else:
            new = f'<translation>{xml_escape(forms[0])}</translation>'
        if body[unfinished.start():unfinished.end()] == new:
            return m.group(0)
        stats['filled'] += 1
        return (m.group(1) + body[:unfinished.start()] + new + body[unfinished.end():] + m.group(4))

    def do_context(cm):
        block = cm.group(1)
        context = html.unescape(NAME_RE.search(block).group(1))
        return '<context>' + MESSAGE_RE.sub(lambda m: do_message(context, m), block) + '</context>'

    new_text = CONTEXT_RE.sub(do_context, text)
    if not report_only and new_text != text:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(new_text)
    return stats


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    english = '--en' in argv
    report_only = '--check' in argv
    update = '--update' in argv
    default = 'resources/translations/comptoir_en.ts' if english else 'resources/translations/comptoir_fr.ts'
    path = args[0] if args else default
    if english:
        stats = fill(path, EN_PLURALS, {}, 2, report_only, update)
        stats['missing'] = [m for m in stats['missing'] if m[2]]  # plain English strings stay empty
    else:
        stats = fill(path, COMMON, BY_CONTEXT, 2, report_only, update)
    if report_only:
        print(f'{path}: {stats["known"]} unfinished message(s) known to the dictionary, '
              f'{len(stats["missing"])} unknown')
    else:
        print(f'{path}: {stats["filled"]} message(s) filled, {len(stats["missing"])} still unfinished')
    for p in stats['problems']:
        print('  WARNING', p)
    for context, source, numerus in stats['missing']:
        print(f'  TODO [{context}] {source!r}' + (' (plural)' if numerus else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
