<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BookActions</name>
    <message>
        <location filename="../book_actions.py" line="33"/>
        <source>ChannelRate price book (*.sqlite3 *.db);;All files (*)</source>
        <translation>Прайс ChannelRate (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="50"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="53"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="56"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="60"/>
        <source>A price book on a server is backed up on the server.</source>
        <translation>Резервные копии общего прайса на сервере делаются на сервере.</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="93"/>
        <source>Back up the price book</source>
        <translation>Резервная копия прайса</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="100"/>
        <location filename="../book_actions.py" line="109"/>
        <location filename="../book_actions.py" line="118"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="101"/>
        <source>Choose another file: a backup cannot replace the price book itself.</source>
        <translation>Выберите другой файл: копия не может заменить сам прайс.</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="119"/>
        <source>The backup could not be written: %1</source>
        <translation>Не удалось записать резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="110"/>
        <source>The price book was copied to %1.</source>
        <translation>Прайс скопирован в %1.</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="122"/>
        <source>Copying the price book to %1…</source>
        <translation>Копирование прайса в %1…</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="130"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="138"/>
        <location filename="../book_actions.py" line="153"/>
        <location filename="../book_actions.py" line="162"/>
        <location filename="../book_actions.py" line="167"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="140"/>
        <source>Replace the price book with the backup %1? A copy of the current price book is kept in the backups folder.</source>
        <translation>Заменить прайс резервной копией %1? Копия текущего прайса сохранится в папке backups.</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="168"/>
        <source>The backup could not be restored: %1</source>
        <translation>Не удалось восстановить резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="154"/>
        <source>The backup was restored. The price book as it was is kept in %1.</source>
        <translation>Резервная копия восстановлена. Прежний прайс сохранён в %1.</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="171"/>
        <source>Restoring the backup %1…</source>
        <translation>Восстановление из копии %1…</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="189"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Только чтение: изменения не сохраняются</translation>
    </message>
    <message>
        <location filename="../book_actions.py" line="193"/>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../niche/models.py" line="55"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="56"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="57"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="58"/>
        <source>Reach 24 h</source>
        <translation>Охват 24 ч</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="59"/>
        <source>Reach 48 h</source>
        <translation>Охват 48 ч</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="60"/>
        <source>ERR</source>
        <translation>ERR</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="61"/>
        <source>Found via</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="90"/>
        <source>Views of a post in 24 h for every 100 subscribers</source>
        <translation>Просмотры поста за 24 ч на каждые 100 подписчиков</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="106"/>
        <source>pasted list</source>
        <translation>вставленный список</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="108"/>
        <source>similar to %1</source>
        <translation>похож на %1</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="108"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../charts/canvas.py" line="89"/>
        <source>Save as PNG/SVG…</source>
        <extracomment>After the first paint, a short pause so that the frame reaches the screen (a compositor shows it on its next refresh) before matplotlib loads on the UI thread.</extracomment>
        <translation>Сохранить как PNG/SVG…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../chart_texts.py" line="15"/>
        <source>CPM, {currency}</source>
        <translation>CPM, {currency}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="16"/>
        <source>Price, {currency}</source>
        <translation>Цена, {currency}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="17"/>
        <source>Reach, views</source>
        <translation>Охват, просмотры</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="18"/>
        <source>Quotes</source>
        <translation>Число цен</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="19"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="20"/>
        <source>Niche mean {value}</source>
        <translation>Среднее по нише {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="21"/>
        <source>Niche median {value}</source>
        <translation>Медиана ниши {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="22"/>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="23"/>
        <source>You: {value}</source>
        <translation>Вы: {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="24"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="25"/>
        <source>Outliers</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="26"/>
        <source>Niche CPM {value}</source>
        <translation>CPM ниши {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="27"/>
        <source>Your CPM against the niche</source>
        <translation>Ваш CPM на фоне ниши</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="28"/>
        <source>Reach and price</source>
        <translation>Охват и цена</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="29"/>
        <source>CPM distribution</source>
        <translation>Распределение CPM</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="30"/>
        <source>Price and CPM of {channel}</source>
        <translation>Цена и CPM канала {channel}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="31"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="32"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="33"/>
        <source>No quotes with a reach yet</source>
        <translation>Пока нет цен с охватом</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="35"/>
        <source>%m/%d/%y</source>
        <translation>%d.%m.%y</translation>
    </message>
</context>
<context>
    <name>ChooseChannelDialog</name>
    <message>
        <location filename="../telegram_panel.py" line="51"/>
        <source>Choose my channel</source>
        <extracomment>The choices of Telegram → Refresh every, in minutes (0: off).</extracomment>
        <translation>Выбор своего канала</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="53"/>
        <source>Loading the channels you administer…</source>
        <translation>Загружаю каналы, где вы администратор…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="85"/>
        <source>This account administers no channels. Create one or ask to be made admin.</source>
        <translation>В этом аккаунте нет каналов, где вы администратор. Создайте канал или попросите назначить вас админом.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="88"/>
        <source>Your channels:</source>
        <translation>Ваши каналы:</translation>
    </message>
</context>
<context>
    <name>CollectModel</name>
    <message>
        <location filename="../niche/models.py" line="134"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="135"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="136"/>
        <source>Price at niche CPM</source>
        <translation>Цена по CPM ниши</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="137"/>
        <source>Last quote</source>
        <translation>Последняя цена</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="138"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="139"/>
        <source>Price asked (type it)</source>
        <translation>Названная цена (введите)</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="168"/>
        <source>Type the price the admin asked, such as 2500 or 2 500 ₽</source>
        <translation>Введите цену, которую назвал админ, например 2500 или 2 500 ₽</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="187"/>
        <source>stale: ask again</source>
        <translation>устарела: спросить заново</translation>
    </message>
    <message>
        <location filename="../niche/models.py" line="187"/>
        <source>no price yet</source>
        <translation>цены пока нет</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands.py" line="51"/>
        <source>Could not do “%1”: %2</source>
        <translation>Не удалось выполнить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="55"/>
        <source>Could not undo “%1”: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="84"/>
        <source>Add quote for %1</source>
        <translation>Добавление цены для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="109"/>
        <source>Edit quote for %1</source>
        <translation>Изменение цены для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="133"/>
        <source>Delete quotes (%1)</source>
        <translation>Удаление цен: %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="164"/>
        <source>Import from %2 (quotes: %1)</source>
        <translation>Импорт цен из %2: %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="190"/>
        <source>Fetch reach for %1</source>
        <translation>Охват из Telegram для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="194"/>
        <source>Fetch reach (quotes: %1)</source>
        <translation>Охват из Telegram (цен: %1)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../crash.py" line="35"/>
        <source>ChannelRate ran into a problem</source>
        <translation>В ChannelRate произошёл сбой</translation>
    </message>
    <message>
        <location filename="../crash.py" line="41"/>
        <source>Something unexpected went wrong (%1). What you saved is safe in the price book, and ChannelRate keeps running; if a figure or a window looks wrong, restart it.

The details are in the log file:
%2</source>
        <translation>Произошла непредвиденная ошибка (%1). Всё сохранённое в прайсе цело, и ChannelRate продолжает работать; если какая-то цифра или окно выглядят неправильно, перезапустите программу.

Подробности — в файле журнала:
%2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="28"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="30"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="57"/>
        <source>Copy path</source>
        <translation>Скопировать путь</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../exchange_rates.py" line="64"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../exchange_rates.py" line="69"/>
        <source>Type how many roubles one unit buys. Quotes in these currencies then join a rouble niche on “Price suggestion”, marked as converted. Leave a field empty to keep such quotes out.</source>
        <translation>Укажите, сколько рублей стоит одна единица валюты. Тогда цены в этой валюте войдут в рублёвую нишу на вкладке «Расчёт цены» с пометкой «пересчитано». Оставьте поле пустым, чтобы такие цены не учитывались.</translation>
    </message>
    <message>
        <location filename="../exchange_rates.py" line="83"/>
        <source>₽ for 1 %1</source>
        <translation>₽ за 1 %1</translation>
    </message>
    <message>
        <location filename="../exchange_rates.py" line="86"/>
        <source>set on %1</source>
        <translation>задан %1</translation>
    </message>
    <message>
        <location filename="../exchange_rates.py" line="124"/>
        <source>A rate is a positive number, such as 95,5</source>
        <translation>Курс — положительное число, например 95,5</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help_menu.py" line="37"/>
        <source>CPM = price / reach × 1000: what a thousand views of the ad cost.</source>
        <translation>CPM = цена / охват × 1000: сколько стоит тысяча просмотров рекламы.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="40"/>
        <source>Reach 24 h / 48 h = views a post collects in its first 24 / 48 hours.</source>
        <translation>Охват 24 ч / 48 ч = просмотры, которые пост набирает за первые 24 / 48 часов.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="43"/>
        <source>Format T/F: T hours at the top of the feed, F hours before deletion; 1/24 is compared by 24-hour reach, 1/48 by 48-hour reach, longer formats by 72 hours.</source>
        <translation>Формат T/F: T часов в топе ленты, F часов до удаления; 1/24 сравнивается по охвату за 24 часа, 1/48 — за 48 часов, более длинные форматы — за 72 часа.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="48"/>
        <source>ERR = reach / subscribers × 100 %: the share of subscribers who see a post.</source>
        <translation>ERR = охват / подписчики × 100 %: доля подписчиков, которые видят пост.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="52"/>
        <source>ER = (reactions + comments + forwards) / views × 100 %.</source>
        <translation>ER = (реакции + комментарии + пересылки) / просмотры × 100 %.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="55"/>
        <source>P25–P75: the middle half of the niche&apos;s CPMs; a quarter is cheaper, a quarter dearer.</source>
        <translation>P25–P75: средняя половина CPM ниши; четверть цен дешевле, четверть дороже.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="60"/>
        <source>Outlier: a CPM below P25 − 1.5 × IQR or above P75 + 1.5 × IQR, where IQR = P75 − P25, among at least 4 quotes compared.</source>
        <translation>Выброс: CPM ниже P25 − 1,5 × IQR или выше P75 + 1,5 × IQR, где IQR = P75 − P25, среди не менее 4 сравниваемых цен.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="65"/>
        <source>Suggested price = niche CPM × your reach / 1000 × each adjustment.</source>
        <translation>Рекомендуемая цена = CPM ниши × ваш охват / 1000 × каждая поправка.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="68"/>
        <source>Mean CPM = sum of the CPMs / their number; median: the middle one; trimmed mean: the mean without the lowest and highest 10 %; weighted: Σ price / Σ reach × 1000, so big channels weigh more.</source>
        <translation>Средний CPM = сумма CPM / их число; медиана — средний по порядку; усечённое среднее — среднее без 10 % самых низких и самых высоких; взвешенный — Σ цен / Σ охватов × 1000, крупные каналы весят больше.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="87"/>
        <source>&lt;b&gt;Price book&lt;/b&gt;: add competitors&apos; quotes (price, format, reach) by hand, or import the spreadsheet you keep (File → Import). Each quote&apos;s CPM is worked out at once.</source>
        <translation>&lt;b&gt;Прайс конкурентов&lt;/b&gt;: добавляйте цены конкурентов (цена, формат, охват) вручную или импортируйте свою таблицу (Файл → Импорт). CPM каждой цены считается сразу.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="92"/>
        <source>&lt;b&gt;My channel&lt;/b&gt;: your channel, subscribers and the views a post collects in 24 and 48 hours. It is saved as you type; with Telegram connected the views are measured.</source>
        <translation>&lt;b&gt;Мой канал&lt;/b&gt;: ваш канал, подписчики и просмотры поста за 24 и 48 часов. Сохраняется по мере ввода; с подключённым Telegram просмотры измеряются.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="97"/>
        <source>&lt;b&gt;Price suggestion&lt;/b&gt;: pick the format. The price is the niche&apos;s CPM times your reach / 1000, then each adjustment you switch on (caught cheating, narrow niche…). The fair range uses the niche&apos;s P25–P75.</source>
        <translation>&lt;b&gt;Расчёт цены&lt;/b&gt;: выберите формат. Цена — CPM ниши, умноженный на ваш охват / 1000, затем каждая включённая поправка (накрутка, узкая ниша…). Справедливый диапазон строится по P25–P75 ниши.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="103"/>
        <source>&lt;b&gt;History&lt;/b&gt;: a channel&apos;s price and CPM over time.</source>
        <translation>&lt;b&gt;История&lt;/b&gt;: цена и CPM канала во времени.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="104"/>
        <source>&lt;b&gt;Vetting&lt;/b&gt;: paste a channel link and its price to see whether the price is fair and its views look real.</source>
        <translation>&lt;b&gt;Проверка канала&lt;/b&gt;: вставьте ссылку на канал и его цену, чтобы увидеть, честна ли цена и настоящие ли просмотры.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="109"/>
        <source>Quotes in dollars or USDT: give a rate in Edit → Exchange rates… and they join a rouble niche, marked as converted.</source>
        <translation>Цены в долларах или USDT: задайте курс в Правка → Курсы валют…, и они войдут в рублёвую нишу с пометкой «пересчитано».</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="116"/>
        <source>ChannelRate in six steps</source>
        <translation>ChannelRate за шесть шагов</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="117"/>
        <source>How each figure is computed</source>
        <translation>Как считается каждая цифра</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="166"/>
        <source>What to charge for a Telegram channel ad post, and whether a channel&apos;s price is fair and its views real. Your data stays on this computer.</source>
        <translation>Сколько брать за рекламный пост в Telegram-канале, честна ли цена канала и настоящие ли его просмотры. Ваши данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="172"/>
        <source>Built with Qt (PySide6), Telethon, peewee and matplotlib.</source>
        <translation>Сделано на Qt (PySide6), Telethon, peewee и matplotlib.</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="187"/>
        <source>Exchange rates…</source>
        <translation>Курсы валют…</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="195"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="198"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="200"/>
        <location filename="../help_menu.py" line="203"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="205"/>
        <location filename="../help_menu.py" line="235"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="207"/>
        <source>Welcome page</source>
        <translation>Страница «Начало»</translation>
    </message>
    <message>
        <location filename="../help_menu.py" line="210"/>
        <location filename="../help_menu.py" line="214"/>
        <source>About ChannelRate</source>
        <translation>О ChannelRate</translation>
    </message>
</context>
<context>
    <name>HistoryArea</name>
    <message>
        <location filename="../history_view.py" line="37"/>
        <source>Find channel</source>
        <translation>Найти канал</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="46"/>
        <source>Channels with quotes (most first)</source>
        <translation>Каналы с ценами (больше всего — сверху)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="59"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="209"/>
        <source>Quotes in %1: %2, from %3 to %4; price %5 → %6 (%7).</source>
        <translation>Цены в %1: %2, с %3 по %4; цена %5 → %6 (%7).</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="220"/>
        <source>Also quoted in %1: choose the currency above to chart those quotes.</source>
        <translation>Есть цены и в %1: выберите валюту выше, чтобы увидеть их на графике.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="226"/>
        <source>No quotes yet: add competitors&apos; prices on “Price book” or import your spreadsheet (File → Import); each channel&apos;s prices then show here over time.</source>
        <translation>Цен пока нет: добавьте цены конкурентов на вкладке «Прайс конкурентов» или импортируйте свою таблицу (Файл → Импорт); тогда здесь появятся цены каждого канала во времени.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="231"/>
        <source>Choose a channel to see its prices over time.</source>
        <translation>Выберите канал, чтобы увидеть, как менялись его цены.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="55"/>
        <source>No channel</source>
        <translation>Нет канала</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="56"/>
        <source>No price</source>
        <translation>Нет цены</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="57"/>
        <location filename="../import_dialog.py" line="89"/>
        <source>Price is not a positive number</source>
        <translation>Цена не положительное число</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="60"/>
        <source>Unknown or conflicting currency</source>
        <translation>Непонятная или противоречивая валюта</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="63"/>
        <source>Format is not like 1/24, 2/48 or forever</source>
        <translation>Формат не похож на 1/24, 2/48 или «без удаления»</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="66"/>
        <source>Reach is not a whole number of views</source>
        <translation>Охват — не целое число просмотров</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="69"/>
        <source>Date is not like 31.12.2025</source>
        <translation>Дата не похожа на 31.12.2025</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="70"/>
        <source>Date is in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="71"/>
        <source>Same row appears earlier in the file</source>
        <translation>Такая же строка уже есть выше в файле</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="74"/>
        <source>Already in the price book</source>
        <translation>Уже есть в прайсе</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="77"/>
        <source>Channel name is too long</source>
        <translation>Слишком длинное название канала</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="87"/>
        <source>Channel without a price</source>
        <translation>Канал без цены</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="88"/>
        <source>Price without a channel</source>
        <translation>Цена без канала</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="90"/>
        <source>Format without a price</source>
        <translation>Формат без цены</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="91"/>
        <source>No channel, price or reach in this line</source>
        <translation>В строке нет ни канала, ни цены, ни охвата</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="94"/>
        <source>Line is too long</source>
        <translation>Слишком длинная строка</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="102"/>
        <source>— ignore —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="103"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="104"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="105"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="106"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="107"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="108"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="109"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="110"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="111"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="112"/>
        <source>Reach origin</source>
        <translation>Откуда охват</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="118"/>
        <source>Price for %1</source>
        <translation>Цена за %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="123"/>
        <source>Reach over %1 h</source>
        <translation>Охват за %1 ч</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../import_dialog.py" line="188"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="236"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="237"/>
        <source>Is</source>
        <translation>Это</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="238"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="321"/>
        <source>Sorting %1 rows with the new columns…</source>
        <translation>Разбираю строки заново с новыми столбцами: %1…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="340"/>
        <source>Pasted text</source>
        <translation>Вставленный текст</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="342"/>
        <source>%1: %2 rows will be imported, %3 rows are rejected.</source>
        <translation>%1: будет импортировано строк — %2, отклонено — %3.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="350"/>
        <location filename="../import_dialog.py" line="366"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="351"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="352"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="353"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="354"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="355"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="356"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="357"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="366"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="366"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="366"/>
        <source>Row</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="377"/>
        <source>To import (%1)</source>
        <translation>К импорту (%1)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="378"/>
        <source>Rejected (%1)</source>
        <translation>Отклонено (%1)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="385"/>
        <source>Columns not imported: %1</source>
        <translation>Не импортируются столбцы: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="402"/>
        <source>No column is marked as %1. Columns found: %2. Choose it above.</source>
        <translation>Ни один столбец не отмечен как %1. Найдены столбцы: %2. Выберите его выше.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="408"/>
        <source>Which column is «%1»? It could be %2: choose one above.</source>
        <translation>Какой столбец — «%1»? Подходят %2: выберите один выше.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="415"/>
        <source>Column «%1» holds numbers but is not imported: if it is the reach or the price, choose that above, or there will be no CPM.</source>
        <translation>В столбце «%1» числа, но он не импортируется: если это охват или цена, выберите это выше, иначе CPM не посчитается.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="422"/>
        <source>%1 quotes have a reach counted over another window than their format&apos;s; the window is written in their note.</source>
        <translation>У цен (%1) охват посчитан за другое окно, чем у их формата; окно записано в примечании.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="391"/>
        <source>Import %1 rows</source>
        <translation>Импортировать строк: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>InputMessages</name>
    <message>
        <location filename="../input_messages.py" line="20"/>
        <source>Price must be a positive number, such as 1500, 1 500 ₽, 1,5к or $50</source>
        <translation>Цена — положительное число, например 1500, 1 500 ₽, 1,5к или $50</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="26"/>
        <source>Format must look like 1/24, 2/48, 24, forever or native</source>
        <translation>Формат пишется как 1/24, 2/48, 24, «без удаления» или «натив»</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="32"/>
        <source>Currency must be a code of 3 to 5 Latin letters, such as RUB, USD or USDT</source>
        <translation>Валюта — код из 3–5 латинских букв, например RUB, USD или USDT</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="38"/>
        <source>Enter a number such as 1500, 1 500 ₽, 1,5к or $50.</source>
        <translation>Введите число, например 1500, 1 500 ₽, 1,5к или $50.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="52"/>
        <source>Enter a price.</source>
        <translation>Введите цену.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="56"/>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="59"/>
        <source>A price must be above zero.</source>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="62"/>
        <source>The price has too many digits.</source>
        <translation>В цене слишком много цифр.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="64"/>
        <source>Digits must be grouped in threes: write 1 500 or 1500.</source>
        <translation>Цифры группируются по три: пишите 1 500 или 1500.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="68"/>
        <source>A separator is out of place.</source>
        <translation>Разделитель стоит не на месте.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="70"/>
        <source>The price names two currencies (%1): keep one.</source>
        <translation>В цене две валюты (%1): оставьте одну.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="73"/>
        <source>The price is more than %1, which looks like a typo.</source>
        <translation>Цена больше %1 — похоже на опечатку.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="76"/>
        <source>A price can have at most %1 decimal places.</source>
        <translation>В цене не больше %1 знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="79"/>
        <source>Enter a format such as 1/24, 2/48, 24, forever or native.</source>
        <translation>Введите формат, например 1/24, 2/48, 24, «без удаления» или «натив».</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="83"/>
        <source>Hours in the feed must be above 0 (write 1/0 or “forever” for no deletion).</source>
        <translation>Часов в ленте должно быть больше 0 (для размещения без удаления пишите 1/0 или «без удаления»).</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="87"/>
        <source>Hours at the top must be a whole number from 0 to %1.</source>
        <translation>Часов в топе — целое число от 0 до %1.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="90"/>
        <source>Hours in the feed must be a whole number from 1 to %1, or “forever”.</source>
        <translation>Часов в ленте — целое число от 1 до %1 или «без удаления».</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="94"/>
        <source>Hours at the top (%1) cannot exceed hours in the feed (%2): write top/feed, such as 1/24.</source>
        <translation>Часов в топе (%1) не может быть больше, чем часов в ленте (%2): пишите топ/лента, например 1/24.</translation>
    </message>
    <message>
        <location filename="../input_messages.py" line="113"/>
        <source>This value cannot be used.</source>
        <translation>Это значение не подходит.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="51"/>
        <source>ChannelRate — ad pricing desk</source>
        <translation>ChannelRate — расчёт цены рекламы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Niche:</source>
        <translation>Ниша:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Price book</source>
        <translation>Прайс конкурентов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>My channel</source>
        <translation>Мой канал</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="85"/>
        <source>Price suggestion</source>
        <translation>Расчёт цены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="86"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>All niches</source>
        <translation>Все ниши</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Database: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>Last data refresh: %1</source>
        <translation>Данные обновлены: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303"/>
        <source>Last data refresh: never</source>
        <translation>Данные ещё не обновлялись</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334"/>
        <location filename="../main_window.py" line="358"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="360"/>
        <source>The new language is used from the next start of ChannelRate. Restart now? Your data is saved.</source>
        <translation>Новый язык применяется при следующем запуске ChannelRate. Перезапустить сейчас? Ваши данные сохранены.</translation>
    </message>
</context>
<context>
    <name>MyChannelArea</name>
    <message>
        <location filename="../texts.py" line="13"/>
        <source>measured at the window</source>
        <translation>измерено точно в окне</translation>
    </message>
    <message>
        <location filename="../texts.py" line="14"/>
        <source>from view snapshots</source>
        <translation>по замерам просмотров</translation>
    </message>
    <message>
        <location filename="../texts.py" line="15"/>
        <source>estimated from the channel&apos;s curve</source>
        <translation>оценка по кривой канала</translation>
    </message>
    <message>
        <location filename="../texts.py" line="16"/>
        <source>estimated from a typical curve</source>
        <translation>оценка по типичной кривой</translation>
    </message>
    <message>
        <location filename="../texts.py" line="19"/>
        <source>Telegram statistics</source>
        <translation>статистика Telegram</translation>
    </message>
    <message>
        <location filename="../texts.py" line="22"/>
        <source>high confidence</source>
        <translation>высокая точность</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>medium confidence</source>
        <translation>средняя точность</translation>
    </message>
    <message>
        <location filename="../texts.py" line="24"/>
        <source>low confidence</source>
        <translation>низкая точность</translation>
    </message>
    <message>
        <location filename="../texts.py" line="28"/>
        <source>%1 of %2 posts estimated from the curve</source>
        <translation>%1 из %2 постов оценены по кривой</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="100"/>
        <source>@username or channel name</source>
        <translation>@username или название канала</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="108"/>
        <source>Caught buying views or subscribers</source>
        <translation>Замечен в накрутке просмотров или подписчиков</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="109"/>
        <source>Often in mega-compilations</source>
        <translation>Часто в мегаподборках</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="110"/>
        <source>Growing through bought ads</source>
        <translation>Канал под закупами (растёт на рекламе)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="111"/>
        <source>Narrow niche, few competitors</source>
        <translation>Узкая ниша, мало конкурентов</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="113"/>
        <source>Save channel</source>
        <translation>Сохранить канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="122"/>
        <source>Your channel</source>
        <translation>Ваш канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="124"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="125"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="129"/>
        <source>average views of a post after %1 h</source>
        <translation>средние просмотры поста за %1 ч</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="143"/>
        <source>Reach per post, %1 h</source>
        <translation>Охват поста, %1 ч</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="156"/>
        <source>ERR (reach / subscribers)</source>
        <translation>ERR (охват / подписчики)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="163"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="164"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="165"/>
        <source>Reach used</source>
        <translation>Охват для расчёта</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="166"/>
        <source>Your CPM</source>
        <translation>Ваш CPM</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="167"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="181"/>
        <source>2 500 ₽, 2,5к, $30</source>
        <translation>2 500 ₽, 2,5к, $30</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="189"/>
        <source>Set price</source>
        <translation>Задать цену</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="203"/>
        <source>Your prices</source>
        <translation>Ваши цены</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="236"/>
        <source>Enter your channel: it is saved as you type.</source>
        <translation>Укажите свой канал: он сохраняется по мере ввода.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="414"/>
        <source>Enter your channel on the left first: prices belong to it.</source>
        <translation>Сначала укажите свой канал слева: цены относятся к нему.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="416"/>
        <source>Type a price, such as 2 500 ₽, to set it for the format.</source>
        <translation>Введите цену, например 2 500 ₽, чтобы задать её для формата.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="418"/>
        <source>Correct the field marked in red to set the price.</source>
        <translation>Исправьте поле, отмеченное красным, чтобы задать цену.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="247"/>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="254"/>
        <source>measured: %1</source>
        <translation>измерено: %1</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="257"/>
        <source>measured: %1 (%2)</source>
        <translation>измерено: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="319"/>
        <source>Enter your channel&apos;s @username or name</source>
        <translation>Укажите @username или название своего канала</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="330"/>
        <source>Subscribers must be a whole number above 0</source>
        <translation>Подписчики — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="345"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="386"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="391"/>
        <location filename="../mychannel_view.py" line="432"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
</context>
<context>
    <name>NicheArea</name>
    <message>
        <location filename="../niche/area.py" line="85"/>
        <source>The method asks for 30–50 close competitors with their price and reach. Find them through Telegram or paste a list, tick the real competitors, read their reach in one pass, then ask them for prices.</source>
        <extracomment>Quotes older than this many days are stale: the list says to ask those competitors again.</extracomment>
        <translation>Методу нужны 30–50 близких конкурентов с ценой и охватом. Найдите их через Telegram или вставьте список, отметьте настоящих конкурентов, прочитайте их охват за один проход, затем спросите цены.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="98"/>
        <source>Find similar channels</source>
        <translation>Найти похожие каналы</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="103"/>
        <source>Paste links or @names, separated by spaces, commas or lines</source>
        <translation>Вставьте ссылки или @имена через пробел, запятую или с новой строки</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="106"/>
        <source>Add from list</source>
        <translation>Добавить из списка</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="120"/>
        <source>Fetch reach for the niche</source>
        <translation>Прочитать охват ниши</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="125"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="141"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="162"/>
        <source>Competitors of</source>
        <translation>Конкуренты канала</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="183"/>
        <source>&lt;b&gt;Prices to collect&lt;/b&gt;</source>
        <translation>&lt;b&gt;Цены, которые нужно собрать&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="186"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="189"/>
        <source>A quote is stale after</source>
        <translation>Цена устаревает через</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="233"/>
        <source>Choose a niche in the toolbar to build it.</source>
        <translation>Выберите нишу на панели инструментов, чтобы собрать её.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="252"/>
        <source>Reading the niche…</source>
        <translation>Читаем нишу…</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="281"/>
        <source>%1 found, %2 ticked as competitors; %3 need their reach read.</source>
        <translation>Найдено: %1, отмечено конкурентами: %2; охват нужно прочитать: %3.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="297"/>
        <source>No quotes of this format with a reach yet: the niche CPM is unknown.</source>
        <translation>Цен этого формата с охватом пока нет: CPM ниши неизвестен.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="300"/>
        <source>Niche CPM %1 (mean, outliers left out): %2 competitors without a price</source>
        <translation>CPM ниши %1 (среднее, без выбросов); конкурентов без цены: %2</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="308"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="309"/>
        <source>ask again (quote older than %1 days): %2</source>
        <translation>спросить заново (цене больше %1 дн.): %2</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="317"/>
        <source>The niche could not be read: %1</source>
        <translation>Не удалось прочитать нишу: %1</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="327"/>
        <source>%1 (my channel)</source>
        <translation>%1 (мой канал)</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="342"/>
        <source>Telegram is not set up: sign in from the Telegram menu.</source>
        <translation>Telegram не настроен: войдите через меню Telegram.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="344"/>
        <source>Sign in to Telegram first (Telegram menu).</source>
        <translation>Сначала войдите в Telegram (меню Telegram).</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="346"/>
        <source>Choose a niche in the toolbar first.</source>
        <translation>Сначала выберите нишу на панели инструментов.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="348"/>
        <source>Telegram is busy; wait for it to finish or cancel it.</source>
        <translation>Telegram занят: дождитесь окончания или отмените.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="361"/>
        <source>Set your channel on My channel first.</source>
        <translation>Сначала укажите свой канал на вкладке «Мой канал».</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="365"/>
        <source>Ask Telegram for channels similar to the chosen one</source>
        <translation>Спросить у Telegram каналы, похожие на выбранный</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="369"/>
        <source>Every ticked competitor has fresh data.</source>
        <translation>У всех отмеченных конкурентов данные свежие.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="375"/>
        <source>Read the ticked competitors that have no fresh data: at most 3 requests each, one channel after another</source>
        <translation>Прочитать отмеченных конкурентов без свежих данных: не больше 3 запросов на канал, по одному каналу</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="389"/>
        <location filename="../niche/reach_pass.py" line="28"/>
        <source>Telegram is busy reading; try again when it finishes.</source>
        <translation>Telegram сейчас занят чтением; повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="408"/>
        <source>Asking Telegram for channels similar to %1…</source>
        <translation>Спрашиваем у Telegram каналы, похожие на %1…</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="413"/>
        <source>Telegram named %1 similar channels; tick the real competitors.</source>
        <translation>Похожих каналов от Telegram: %1. Отметьте настоящих конкурентов.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="418"/>
        <source>Telegram knows no similar channels for this one.</source>
        <translation>Telegram не знает похожих каналов для этого.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="427"/>
        <source>Looking the channels up on Telegram…</source>
        <translation>Ищем каналы в Telegram…</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="439"/>
        <source>At most %1 channels at a time.</source>
        <translation>Не больше %1 каналов за раз.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="442"/>
        <source>%1 channels added to the list.</source>
        <translation>Добавлено в список: %1.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="445"/>
        <source>Not channels, or not found: %1</source>
        <translation>Не каналы или не найдены: %1</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="452"/>
        <source>Cancelled; what was read is kept.</source>
        <translation>Отменено; прочитанное сохранено.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="463"/>
        <location filename="../niche/reach_pass.py" line="99"/>
        <source>It failed: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="479"/>
        <source>%1 is a competitor of the niche now, tracked with no price yet.</source>
        <translation>%1 теперь конкурент ниши: отслеживается, цены пока нет.</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="481"/>
        <source>%1 is no longer tracked as a competitor.</source>
        <translation>%1 больше не отслеживается как конкурент.</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="37"/>
        <source>Reading the competitors…</source>
        <translation>Читаем конкурентов…</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="56"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Читаем %1 (%2 из %3)…</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="67"/>
        <source>Telegram asks to wait: resuming in %1.</source>
        <translation>Telegram просит подождать: продолжим через %1.</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="88"/>
        <source>Stopped. What was read is kept; “Fetch reach for the niche” goes on with the rest.</source>
        <translation>Остановлено. Прочитанное сохранено; «Прочитать охват ниши» продолжит с остальными.</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="103"/>
        <source>Reach read for %1 of %2 competitors.</source>
        <translation>Охват прочитан: %1 из %2 конкурентов.</translation>
    </message>
    <message>
        <location filename="../niche/reach_pass.py" line="111"/>
        <source>(and %1 more could not be read)</source>
        <translation>(и ещё не прочитано: %1)</translation>
    </message>
    <message>
        <location filename="../niche/area.py" line="496"/>
        <source>Saved: %1 asks %2 for %3.</source>
        <translation>Сохранено: %1 просит %2 за %3.</translation>
    </message>
</context>
<context>
    <name>NicheTrend</name>
    <message>
        <location filename="../niche_history.py" line="60"/>
        <source>No %1 quotes with a reach yet: the niche&apos;s CPM cannot be followed.</source>
        <translation>Цен формата %1 с охватом пока нет: за CPM ниши не проследить.</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="64"/>
        <source>Only one month of %1 quotes: not enough to say how the market moved.</source>
        <translation>Цены формата %1 есть только за один месяц: мало, чтобы сказать, куда движется рынок.</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="70"/>
        <source>Niche %1 CPM %2 % over %3 months (%4 → %5).</source>
        <translation>CPM ниши %1: %2 % за %3 мес. (%4 → %5).</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="79"/>
        <source>Your price&apos;s CPM: %1.</source>
        <translation>CPM вашей цены: %1.</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="83"/>
        <source>Your own CPM needs your reach (My channel).</source>
        <translation>Для вашего CPM нужен ваш охват («Мой канал»).</translation>
    </message>
</context>
<context>
    <name>NicheTrendSection</name>
    <message>
        <location filename="../niche_history.py" line="178"/>
        <source>&lt;b&gt;The niche over time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ниша во времени&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="180"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="190"/>
        <source>Price changes since the previous quote</source>
        <translation>Изменения цен с прошлого раза</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="255"/>
        <source>Niche CPM by month, %1</source>
        <translation>CPM ниши по месяцам, %1</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="256"/>
        <source>CPM, %1</source>
        <translation>CPM, %1</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="257"/>
        <source>Niche mean</source>
        <translation>Среднее ниши</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="258"/>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="259"/>
        <source>Your price&apos;s CPM</source>
        <translation>CPM вашей цены</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="260"/>
        <source>No quotes of this format with a reach yet</source>
        <translation>Цен этого формата с охватом пока нет</translation>
    </message>
</context>
<context>
    <name>PlacementCharts</name>
    <message>
        <location filename="../chart_texts.py" line="48"/>
        <source>Hours after the ad post</source>
        <translation>Часов после рекламного поста</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="49"/>
        <source>Joins</source>
        <translation>Вступления</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="50"/>
        <source>Joins over time</source>
        <translation>Вступления по времени</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="51"/>
        <source>Cost per subscriber, {currency}</source>
        <translation>Цена подписчика, {currency}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="52"/>
        <source>Cost per subscriber by seller</source>
        <translation>Цена подписчика по продавцам</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="53"/>
        <source>CPM, {currency}</source>
        <translation>CPM, {currency}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="54"/>
        <source>Paid CPM against the niche</source>
        <translation>Оплаченный CPM против ниши</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="55"/>
        <source>Paid CPM</source>
        <translation>Оплаченный CPM</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="56"/>
        <source>Seller&apos;s quoted CPM</source>
        <translation>CPM по прайсу продавца</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="57"/>
        <source>Niche median {value}</source>
        <translation>Медиана ниши {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="58"/>
        <source>Niche P25–P75</source>
        <translation>Ниша P25–P75</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="59"/>
        <source>No joins counted yet</source>
        <translation>Вступлений пока не посчитано</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="60"/>
        <source>No placement with joins yet</source>
        <translation>Пока нет закупов со вступлениями</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="61"/>
        <source>No placement with measured views yet</source>
        <translation>Пока нет закупов с измеренными просмотрами</translation>
    </message>
    <message>
        <location filename="../placements/charts.py" line="16"/>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <location filename="../placements/charts.py" line="17"/>
        <source>48 h</source>
        <translation>48 ч</translation>
    </message>
    <message>
        <location filename="../placements/charts.py" line="18"/>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
</context>
<context>
    <name>PlacementCommands</name>
    <message>
        <location filename="../placement_commands.py" line="26"/>
        <source>Add placement in %1</source>
        <translation>Добавить закуп в %1</translation>
    </message>
    <message>
        <location filename="../placement_commands.py" line="52"/>
        <source>Edit placement in %1</source>
        <translation>Изменить закуп в %1</translation>
    </message>
    <message>
        <location filename="../placement_commands.py" line="71"/>
        <source>Delete placements (%1)</source>
        <translation>Удалить закупы (%1)</translation>
    </message>
    <message>
        <location filename="../placement_commands.py" line="104"/>
        <source>Invite link for %1</source>
        <translation>Пригласительная ссылка для %1</translation>
    </message>
    <message>
        <location filename="../placement_commands.py" line="124"/>
        <source>Joins for %1</source>
        <translation>Вступления из %1</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../placement_form.py" line="44"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="46"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="66"/>
        <source>New placement</source>
        <translation>Новый закуп</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="75"/>
        <source>@username of the channel you paid</source>
        <translation>@username канала, которому вы заплатили</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="77"/>
        <source>t.me/channel/123 — the ad post</source>
        <translation>t.me/channel/123 — рекламный пост</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="81"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="86"/>
        <source>3000, 3 000 ₽, $40</source>
        <translation>3000, 3 000 ₽, $40</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="95"/>
        <source>only if Telegram cannot read the ad post</source>
        <translation>только если Telegram не может прочитать пост</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="97"/>
        <source>only if Telegram cannot count the link&apos;s joins</source>
        <translation>только если Telegram не может посчитать вступления по ссылке</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="99"/>
        <source>optional: for the return on the spend</source>
        <translation>необязательно: для окупаемости закупа</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="115"/>
        <source>Seller channel</source>
        <translation>Канал продавца</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="116"/>
        <source>Ad post link</source>
        <translation>Ссылка на рекламный пост</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="117"/>
        <source>Promoted channel</source>
        <translation>Продвигаемый канал</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="118"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="119"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="120"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="121"/>
        <source>Posted at</source>
        <translation>Дата и время поста</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="122"/>
        <source>Ad post views (typed)</source>
        <translation>Просмотры поста (вручную)</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="123"/>
        <source>Joins (typed)</source>
        <translation>Вступления (вручную)</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="124"/>
        <source>A subscriber is worth</source>
        <translation>Ценность подписчика</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="125"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="126"/>
        <source>Paid CPM</source>
        <translation>Оплаченный CPM</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="196"/>
        <source>Enter the @username, link or name of the channel you paid</source>
        <translation>Введите @username, ссылку или название канала, которому вы заплатили</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="205"/>
        <source>The ad post link must point to a post, such as t.me/channel/123</source>
        <translation>Ссылка должна вести на пост, например t.me/channel/123</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="212"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="215"/>
        <source>Joins must be a whole number, 0 or more</source>
        <translation>Вступления — целое число, 0 или больше</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="218"/>
        <source>Enter an amount, such as 40</source>
        <translation>Введите сумму, например 40</translation>
    </message>
    <message>
        <location filename="../placement_form.py" line="226"/>
        <source>from the ad post&apos;s measured views</source>
        <translation>по измеренным просмотрам поста</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <location filename="../placement_model.py" line="56"/>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="57"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="58"/>
        <source>Posted</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="59"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="60"/>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="61"/>
        <source>Paid CPM</source>
        <translation>Оплаченный CPM</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="62"/>
        <source>Quoted CPM</source>
        <translation>CPM прайс</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="63"/>
        <source>Niche CPM</source>
        <translation>CPM ниши</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="64"/>
        <source>Joins 24 h</source>
        <translation>Вст. 24 ч</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="65"/>
        <source>Joins 48 h</source>
        <translation>Вст. 48 ч</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="66"/>
        <source>Joins 7 d</source>
        <translation>Вст. 7 дн</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="67"/>
        <source>Per subscriber</source>
        <translation>За подписч.</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="68"/>
        <source>Per 1000 views</source>
        <translation>На 1000 пр.</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="69"/>
        <source>Return</source>
        <translation>Окуп.</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="70"/>
        <source>Invite link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="76"/>
        <source>Views of the ad post at the format&apos;s window (* typed by hand)</source>
        <translation>Просмотры рекламного поста за окно формата (* — введены вручную)</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="79"/>
        <source>What was actually paid per 1000 views: price ÷ measured views × 1000</source>
        <translation>Сколько на деле заплачено за 1000 просмотров: цена ÷ измеренные просмотры × 1000</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="83"/>
        <source>The seller&apos;s latest quote of this format in the price book</source>
        <translation>Последняя цена продавца за этот формат в прайс-листе</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="86"/>
        <source>The niche&apos;s median CPM for this format</source>
        <translation>Медианный CPM ниши для этого формата</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="89"/>
        <source>Joins within 7 days of the post (* typed; ≈ from counter readings)</source>
        <translation>Вступления за 7 дней после поста (* — вручную; ≈ — по показаниям счётчика)</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="93"/>
        <source>Price ÷ joins within 7 days (joins so far while the week is not over)</source>
        <translation>Цена ÷ вступления за 7 дней (пока неделя не прошла — вступления на сейчас)</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="97"/>
        <source>Subscribers gained per 1000 views of the ad post</source>
        <translation>Новых подписчиков на 1000 просмотров рекламного поста</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="100"/>
        <source>(joins × what a subscriber is worth − price) ÷ price</source>
        <translation>(вступления × ценность подписчика − цена) ÷ цена</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="210"/>
        <source>%1 so far</source>
        <translation>%1 пока</translation>
    </message>
    <message>
        <location filename="../placement_model.py" line="227"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>PlacementsArea</name>
    <message>
        <location filename="../placements/area.py" line="106"/>
        <source>No placements yet. Record an ad you bought with “Add placement…”: the seller&apos;s channel, the price and the link to the ad post. Give it its own invite link to count who joined through it.</source>
        <translation>Закупов пока нет. Запишите купленную рекламу кнопкой «Добавить закуп…»: канал продавца, цену и ссылку на рекламный пост. Дайте закупу свою пригласительную ссылку, чтобы считать, кто пришёл по ней.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="145"/>
        <source>Add placement…</source>
        <translation>Добавить закуп…</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="146"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="147"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="151"/>
        <source>Create invite link</source>
        <translation>Создать ссылку</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="154"/>
        <source>Paste invite link…</source>
        <translation>Вставить ссылку…</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="156"/>
        <source>Copy link</source>
        <translation>Скопировать ссылку</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="157"/>
        <source>Type joins…</source>
        <translation>Ввести вступления…</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="159"/>
        <source>Add to price book</source>
        <translation>Добавить в прайс</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="161"/>
        <source>Refresh joins</source>
        <translation>Обновить вступления</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="212"/>
        <source>Working out the figures…</source>
        <translation>Считаем показатели…</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="223"/>
        <source>The placement figures could not be worked out: %1</source>
        <translation>Не удалось посчитать показатели закупов: %1</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="25"/>
        <source>&lt;b&gt;Paid CPM %1&lt;/b&gt; (%2 views, %3)</source>
        <translation>&lt;b&gt;Оплаченный CPM %1&lt;/b&gt; (%2 просмотров, %3)</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="32"/>
        <source>seller&apos;s quote %1</source>
        <translation>по прайсу продавца %1</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="36"/>
        <source>niche median %1 (P25–P75 %2–%3)</source>
        <translation>медиана ниши %1 (P25–P75 %2–%3)</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="44"/>
        <source>No views of the ad post yet: add its link and refresh, or type them.</source>
        <translation>Просмотров рекламного поста пока нет: добавьте ссылку на пост и обновите данные или введите их вручную.</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="52"/>
        <source>No joins counted: create or paste an invite link, or type them.</source>
        <translation>Вступления не посчитаны: создайте или вставьте пригласительную ссылку либо введите их вручную.</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="57"/>
        <source>Joins: %1 in 24 h, %2 in 48 h, %3 in 7 days (%4)</source>
        <translation>Вступления: %1 за 24 ч, %2 за 48 ч, %3 за 7 дней (%4)</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="63"/>
        <source>%1 so far</source>
        <translation>%1 пока</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="69"/>
        <source>&lt;b&gt;%1 per subscriber&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 за подписчика&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="73"/>
        <source>%1 joins per 1000 views</source>
        <translation>%1 вступлений на 1000 просмотров</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="77"/>
        <source>return %1 at %2 a subscriber</source>
        <translation>окупаемость %1 при ценности подписчика %2</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="86"/>
        <location filename="../placements/summary.py" line="96"/>
        <source>typed</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="94"/>
        <source>from the link&apos;s join dates</source>
        <translation>по датам вступлений по ссылке</translation>
    </message>
    <message>
        <location filename="../placements/summary.py" line="95"/>
        <source>from the link&apos;s counter readings</source>
        <translation>по показаниям счётчика ссылки</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="284"/>
        <source>Select a placement first.</source>
        <translation>Сначала выберите закуп.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="286"/>
        <location filename="../placements/telegram.py" line="33"/>
        <source>Telegram is busy reading; try again when it finishes.</source>
        <translation>Telegram сейчас занят чтением; повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="291"/>
        <source>Needs Telegram, which the demo does not connect. Paste a link made elsewhere.</source>
        <translation>Нужен Telegram, а демо к нему не подключается. Вставьте ссылку, созданную в другом месте.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="293"/>
        <source>Sign in to Telegram first (menu Telegram → Sign in…).</source>
        <translation>Сначала войдите в Telegram (меню Telegram → Войти…).</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="294"/>
        <source>Choose the promoted channel (your channel) in the placement.</source>
        <translation>Укажите в закупе продвигаемый канал (ваш канал).</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="296"/>
        <source>Your channel is not linked to Telegram yet: choose it under My channel.</source>
        <translation>Ваш канал ещё не связан с Telegram: выберите его на вкладке «Мой канал».</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="310"/>
        <source>Make a new invite link of your channel named after this placement, and copy it to give to the seller.</source>
        <translation>Создать новую пригласительную ссылку вашего канала с названием этого закупа и скопировать её для продавца.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="321"/>
        <source>Save what you paid and the measured views as a quote (source “own purchase”), so the niche statistics learn from it.</source>
        <translation>Сохранить цену и измеренные просмотры как расценку (источник «свой закуп»), чтобы статистика ниши училась на реальных тратах.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="325"/>
        <source>Needs the ad post&apos;s views (measured or typed).</source>
        <translation>Нужны просмотры рекламного поста (измеренные или введённые).</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="331"/>
        <source>Read every invite link&apos;s joins and the young ad posts&apos; views now.</source>
        <translation>Прочитать сейчас вступления по всем ссылкам и просмотры свежих рекламных постов.</translation>
    </message>
    <message>
        <location filename="../placements/area.py" line="333"/>
        <source>Needs Telegram signed in; joins are also read after each refresh.</source>
        <translation>Нужен вход в Telegram; вступления читаются и после каждого обновления.</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="54"/>
        <source>Edit placement</source>
        <translation>Изменить закуп</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="81"/>
        <source>Invite link for %1</source>
        <translation>Пригласительная ссылка для %1</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="82"/>
        <source>Invite link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="84"/>
        <source>Not an invite link: paste one such as t.me/+AbCdEf123</source>
        <translation>Это не пригласительная ссылка: вставьте ссылку вида t.me/+AbCdEf123</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="101"/>
        <source>This link already belongs to another placement.</source>
        <translation>Эта ссылка уже привязана к другому закупу.</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="109"/>
        <source>Invite link copied: give it to the seller for the ad post.</source>
        <translation>Ссылка скопирована: передайте её продавцу для рекламного поста.</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="129"/>
        <source>Joins through %1</source>
        <translation>Вступления из %1</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="130"/>
        <source>Joins</source>
        <translation>Вступления</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="132"/>
        <source>Joins must be a whole number, 0 or more</source>
        <translation>Вступления — целое число, 0 или больше</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="135"/>
        <source>subscribers who came from this ad; empty to clear</source>
        <translation>подписчики, пришедшие с этой рекламы; пусто — очистить</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="154"/>
        <source>This placement is already in the price book.</source>
        <translation>Этот закуп уже есть в прайс-листе.</translation>
    </message>
    <message>
        <location filename="../placements/edits.py" line="163"/>
        <source>Added to the price book as an own purchase: %1 for %2 views.</source>
        <translation>Добавлено в прайс-лист как свой закуп: %1 за %2 просмотров.</translation>
    </message>
    <message>
        <location filename="../placements/telegram.py" line="43"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../placements/telegram.py" line="75"/>
        <source>Invite link %1 created and copied: give it to the seller.</source>
        <translation>Ссылка %1 создана и скопирована: передайте её продавцу.</translation>
    </message>
    <message>
        <location filename="../placements/telegram.py" line="81"/>
        <source>Creating the invite link on Telegram…</source>
        <translation>Создаём пригласительную ссылку в Telegram…</translation>
    </message>
    <message>
        <location filename="../placements/telegram.py" line="86"/>
        <source>Joins read for %1 links (%2 new), views of %3 ad posts.</source>
        <translation>Прочитаны вступления по ссылкам: %1 (новых: %2), просмотры рекламных постов: %3.</translation>
    </message>
    <message>
        <location filename="../placements/telegram.py" line="93"/>
        <source>Reading joins from Telegram…</source>
        <translation>Читаем вступления из Telegram…</translation>
    </message>
</context>
<context>
    <name>PriceBookArea</name>
    <message>
        <location filename="../pricebook/filters.py" line="32"/>
        <source>Search channel, niche or note</source>
        <translation>Поиск по каналу, нише или примечанию</translation>
    </message>
    <message>
        <location filename="../pricebook/filters.py" line="36"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../pricebook/filters.py" line="39"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../pricebook/filters.py" line="58"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../pricebook/filters.py" line="60"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="74"/>
        <source>Add quote…</source>
        <translation>Добавить цену…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="77"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="79"/>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="82"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="85"/>
        <source>Import CSV/XLSX…</source>
        <translation>Импорт CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="87"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="89"/>
        <source>Paste quotes…</source>
        <translation>Вставить цены…</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="94"/>
        <source>Fetch reach from Telegram</source>
        <translation>Получить охват из Telegram</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="96"/>
        <source>Track this channel</source>
        <translation>Отслеживать канал</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="128"/>
        <source>Fetch reach</source>
        <translation>Охват из Telegram</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="139"/>
        <source>No quotes yet. Add competitors&apos; prices with “Add quote…”, or bring in the spreadsheet you already keep with “Import CSV/XLSX…”.</source>
        <translation>Цен пока нет. Добавьте цены конкурентов кнопкой «Добавить цену…» или загрузите таблицу, которую вы уже ведёте, кнопкой «Импорт CSV/XLSX…».</translation>
    </message>
    <message>
        <location filename="../pricebook/filters.py" line="75"/>
        <source>All formats</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="185"/>
        <source>Showing %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="187"/>
        <source>⚠ outliers: %1</source>
        <translation>⚠ выбросов: %1</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="34"/>
        <location filename="../pricebook/reach_fetch.py" line="69"/>
        <source>Needs Telegram, which the demo does not connect.</source>
        <translation>Нужен Telegram, а демо к нему не подключается.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="36"/>
        <source>Sign in to Telegram first (menu Telegram → Sign in…).</source>
        <translation>Сначала войдите в Telegram (меню Telegram → Войти…).</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="40"/>
        <location filename="../pricebook/reach_fetch.py" line="99"/>
        <source>Telegram is busy reading; try again when it finishes.</source>
        <translation>Telegram сейчас занят чтением; повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="44"/>
        <source>Select a quote first.</source>
        <translation>Сначала выберите цену.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="46"/>
        <source>The channel has no @username or Telegram id to look it up by.</source>
        <translation>У канала нет @username или id в Telegram, чтобы его найти.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="55"/>
        <source>Read the channel&apos;s recent posts and subscribers from Telegram and fill the quote&apos;s reach at its format&apos;s window.</source>
        <translation>Прочитать последние посты и подписчиков канала в Telegram и заполнить охват цены за окно её формата.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="74"/>
        <source>Refresh this channel&apos;s views with your own channel on the schedule.</source>
        <translation>Обновлять просмотры этого канала по расписанию вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="106"/>
        <source>Fetching reach from Telegram…</source>
        <translation>Получаю охват из Telegram…</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="129"/>
        <source>Fetching the reach was cancelled; the quotes are unchanged.</source>
        <translation>Получение охвата отменено; цены не изменились.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="120"/>
        <source>Fetching the reach failed: %1</source>
        <translation>Не удалось получить охват: %1</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="146"/>
        <source>Reach fetched for %1 of %2 quotes.</source>
        <translation>Охват получен для цен: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="162"/>
        <source>Too little data for the reach of %1 at %2 h: no recent post is that old yet. The quote is unchanged.</source>
        <translation>Слишком мало данных для охвата %1 за %2 ч: ни один недавний пост ещё не прожил столько. Цена не изменилась.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="171"/>
        <source>Reach of %1 at %2 h: %3 views (%4), saved as fetched.</source>
        <translation>Охват %1 за %2 ч: %3 просмотров (%4), сохранён как полученный.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="186"/>
        <source>Tracking %1: its views are refreshed with your channel.</source>
        <translation>%1 отслеживается: его просмотры обновляются вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../pricebook/reach_fetch.py" line="190"/>
        <source>No longer tracking %1.</source>
        <translation>%1 больше не отслеживается.</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="273"/>
        <source>Edit quote</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="290"/>
        <source>Duplicate quote</source>
        <translation>Дублировать цену</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="313"/>
        <source>Deleted %1 quote(s). Edit → Undo (%2) puts them back.</source>
        <translation>Удалено цен: %1. Правка → Отменить (%2) вернёт их.</translation>
    </message>
    <message>
        <location filename="../pricebook/area.py" line="320"/>
        <source>Restored %1 quote(s).</source>
        <translation>Возвращено цен: %1.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="39"/>
        <source>Import price book</source>
        <translation>Импорт прайса</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="41"/>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel (*.xlsx);;LibreOffice (*.ods)</source>
        <translation>Таблицы (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel (*.xlsx);;LibreOffice (*.ods)</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="193"/>
        <source>Unclear text encoding</source>
        <translation>Непонятная кодировка</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="194"/>
        <source>“%1” is neither clean UTF-8 nor Windows-1251 text, so some letters may come out wrong. Read it as UTF-8 and mark the unreadable characters? Check the preview before importing; or save the file from your spreadsheet as “CSV UTF-8” and import that.</source>
        <translation>«%1» — ни чистый UTF-8, ни Windows-1251, поэтому часть букв может прочитаться неверно. Прочитать как UTF-8 и пометить нечитаемые символы? Проверьте предпросмотр перед импортом — или сохраните файл из таблицы как «CSV UTF-8» и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="208"/>
        <source>The file is too big to import (%1).</source>
        <translation>Файл слишком большой для импорта (%1).</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="211"/>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>В файле больше %1 строк; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="214"/>
        <source>The file has too many columns (%1).</source>
        <translation>В файле слишком много столбцов (%1).</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="217"/>
        <source>A cell of the file is longer than any price book entry (line %1).</source>
        <translation>В файле есть ячейка длиннее любой записи прайса (строка %1).</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="221"/>
        <source>The spreadsheet has no sheet to read.</source>
        <translation>В таблице нет листа для чтения.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="222"/>
        <source>The file is not a CSV, XLSX or ODS table.</source>
        <translation>Файл не является таблицей CSV, XLSX или ODS.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="225"/>
        <source>The text encoding of the file is unclear.</source>
        <translation>Непонятная кодировка текста файла.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="231"/>
        <source>The file cannot be read as CSV, XLSX or ODS: %1</source>
        <translation>Файл не читается как CSV, XLSX или ODS: %1</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="54"/>
        <source>Reading %1…</source>
        <translation>Читаю %1…</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="60"/>
        <location filename="../pricebook/transfer.py" line="101"/>
        <source>reach over %1 h</source>
        <translation>охват за %1 ч</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="86"/>
        <source>Paste quotes</source>
        <translation>Вставка цен</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="87"/>
        <source>Copy a chat message with prices (“@channel — 1/24 1500₽, охват 3,2к”) or cells of a spreadsheet, then paste again.</source>
        <translation>Скопируйте сообщение из чата с ценами («@channel — 1/24 1500₽, охват 3,2к») или ячейки таблицы и вставьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="96"/>
        <source>Reading pasted text…</source>
        <translation>Читаю вставленный текст…</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="134"/>
        <source>Importing %1 rows…</source>
        <translation>Импортирую строк: %1…</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="154"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="179"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="207"/>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="240"/>
        <source>Export price book</source>
        <translation>Экспорт прайса</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="242"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="250"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../pricebook/transfer.py" line="260"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>PriceChangeModel</name>
    <message>
        <location filename="../niche_history.py" line="95"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="95"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="95"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="95"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="96"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../niche_history.py" line="128"/>
        <source>Quoted %1, then %2</source>
        <translation>Цена от %1, затем от %2</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../quote_form.py" line="138"/>
        <source>New quote</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="143"/>
        <source>@username, t.me link or channel name</source>
        <translation>@username, ссылка t.me или название канала</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="150"/>
        <source>1/24, 2/48, forever, native</source>
        <translation>1/24, 2/48, без удаления, натив</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="152"/>
        <source>1500, 1 500 ₽, 1,5к, $50</source>
        <translation>1500, 1 500 ₽, 1,5к, $50</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="157"/>
        <source>views a post collects over the format&apos;s window</source>
        <translation>просмотры поста за окно формата (24 ч для 1/24)</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="179"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="180"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="181"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="182"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="183"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="184"/>
        <source>Reach (views)</source>
        <translation>Охват (просмотры)</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="185"/>
        <source>Reach origin</source>
        <translation>Откуда охват</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="186"/>
        <source>Quote date</source>
        <translation>Дата цены</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="187"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="188"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="189"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="195"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="196"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="249"/>
        <source>Enter the channel&apos;s @username, link or name</source>
        <translation>Укажите @username, ссылку или название канала</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="103"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="258"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="272"/>
        <source>— (needs price and reach)</source>
        <translation>— (нужны цена и охват)</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <location filename="../quote_model.py" line="53"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="54"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="55"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="56"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="57"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="58"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="59"/>
        <source>Reach origin</source>
        <translation>Откуда охват</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="60"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="61"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="62"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="63"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="69"/>
        <source>Admin&apos;s price list</source>
        <translation>Прайс админа</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="70"/>
        <source>Buy/sell chat</source>
        <translation>Чат купли-продажи</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="71"/>
        <source>Ad exchange</source>
        <translation>Биржа рекламы</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="72"/>
        <source>Statistics site</source>
        <translation>Сайт статистики</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="73"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="74"/>
        <source>Own purchase</source>
        <translation>Свой закуп</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="80"/>
        <source>typed</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="81"/>
        <source>fetched</source>
        <translation>из Telegram</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="82"/>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="88"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="93"/>
        <source>Rule: a CPM below P25 − 1.5 × IQR or above P75 + 1.5 × IQR (IQR = P75 − P25) of the quotes it is compared with — same niche, currency and format, or the wider set the suggestion falls back to — judged when at least 4 quotes are compared.</source>
        <translation>Правило: CPM ниже P25 − 1,5 × IQR или выше P75 + 1,5 × IQR (IQR = P75 − P25) среди цен, с которыми он сравнивается, — та же ниша, валюта и формат или более широкий набор, который берёт расчёт цены, — оценивается, когда в сравнении не меньше 4 цен.</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="108"/>
        <source>Outlier: CPM %1 is above the upper limit %2 of the %3 quotes compared for %4.</source>
        <translation>Выброс: CPM %1 выше верхней границы %2 среди %3 цен, сравниваемых для %4.</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="113"/>
        <source>Outlier: CPM %1 is below the lower limit %2 of the %3 quotes compared for %4.</source>
        <translation>Выброс: CPM %1 ниже нижней границы %2 среди %3 цен, сравниваемых для %4.</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="198"/>
        <source>Cost per thousand views: price / reach × 1000</source>
        <translation>Стоимость тысячи просмотров: цена / охват × 1000</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin_dialog.py" line="57"/>
        <source>Sign in to Telegram</source>
        <translation>Вход в Telegram</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="116"/>
        <source>ChannelRate reads Telegram through your own API id and hash. Open &lt;a href=&quot;https://my.telegram.org/apps&quot;&gt;my.telegram.org&lt;/a&gt;, sign in with your phone, choose “API development tools”, create an application (any name) and paste its api_id and api_hash here. They stay on this computer.</source>
        <translation>ChannelRate читает Telegram через ваши собственные API id и hash. Откройте &lt;a href=&quot;https://my.telegram.org/apps&quot;&gt;my.telegram.org&lt;/a&gt;, войдите по номеру телефона, выберите «API development tools», создайте приложение (название любое) и вставьте сюда его api_id и api_hash. Они хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="130"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="134"/>
        <source>API id</source>
        <translation>API id</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="135"/>
        <source>API hash</source>
        <translation>API hash</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="144"/>
        <source>Enter the phone number of your Telegram account.</source>
        <translation>Введите номер телефона, к которому привязан ваш аккаунт Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="148"/>
        <source>Send code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="150"/>
        <source>Log in with a QR code instead</source>
        <translation>Войти по QR-коду</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="152"/>
        <source>Change API id / hash</source>
        <translation>Изменить API id / hash</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="156"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="171"/>
        <source>Telegram sent a login code to your Telegram app (or by SMS). Enter it here.</source>
        <translation>Telegram отправил код подтверждения в приложение Telegram (или по SMS). Введите его здесь.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="176"/>
        <location filename="../signin_dialog.py" line="207"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="178"/>
        <source>Send a new code</source>
        <translation>Отправить код ещё раз</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="180"/>
        <source>Change number</source>
        <translation>Изменить номер</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="184"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="200"/>
        <source>Your account has two-step verification. Enter your cloud password (not the login code).</source>
        <translation>В аккаунте включена двухэтапная аутентификация. Введите облачный пароль (не код подтверждения).</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="210"/>
        <source>Password</source>
        <translation>Облачный пароль</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="221"/>
        <source>On your phone open Telegram → Settings → Devices → Link Desktop Device, and scan this code.</source>
        <translation>На телефоне откройте Telegram → Настройки → Устройства → Подключить устройство и отсканируйте этот код.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="229"/>
        <source>Use the phone number instead</source>
        <translation>Войти по номеру телефона</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="64"/>
        <source>API id is empty. Copy it from my.telegram.org → API development tools.</source>
        <translation>API id не указан. Скопируйте его с my.telegram.org → API development tools.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="67"/>
        <source>API id must be a whole number, such as 1234567.</source>
        <translation>API id — целое число, например 1234567.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="70"/>
        <source>API hash is empty. Copy it from my.telegram.org → API development tools.</source>
        <translation>API hash не указан. Скопируйте его с my.telegram.org → API development tools.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="78"/>
        <source>API hash must be 32 characters of digits and letters a–f, as shown on my.telegram.org.</source>
        <translation>API hash — 32 символа из цифр и букв a–f, как на my.telegram.org.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="280"/>
        <source>A new code was sent.</source>
        <translation>Новый код отправлен.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="292"/>
        <source>Enter the code Telegram sent you.</source>
        <translation>Введите код, который прислал Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="309"/>
        <source>Enter your cloud password.</source>
        <translation>Введите облачный пароль.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="325"/>
        <source>Preparing the QR code…</source>
        <translation>Готовлю QR-код…</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="350"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="353"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="361"/>
        <location filename="../signin_dialog.py" line="378"/>
        <source>Talking to Telegram…</source>
        <translation>Связываюсь с Telegram…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../startup.py" line="31"/>
        <source>“%1” is not a ChannelRate price book: it is not a database, or it is damaged. It was not changed. Choose another file, or restore a backup.</source>
        <translation>«%1» — не прайс ChannelRate: это не база данных, или она повреждена. Файл не изменён. Выберите другой файл или восстановите резервную копию.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="36"/>
        <source>“%1” is another program&apos;s database, not a ChannelRate price book. It was not changed. Choose your price book or a new file.</source>
        <translation>«%1» — база данных другой программы, а не прайс ChannelRate. Файл не изменён. Выберите свой прайс или новый файл.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="41"/>
        <source>“%1” was saved by a newer version of ChannelRate (schema %2; this version reads up to %3). Update ChannelRate to open it; nothing in it was changed.</source>
        <translation>«%1» сохранён более новой версией ChannelRate (схема %2; эта версия читает до %3). Обновите ChannelRate, чтобы открыть его; в файле ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="46"/>
        <source>“%1” is from an older version of ChannelRate and must be upgraded, but it may only be read here. Copy it to a folder you can write to, then choose the copy.</source>
        <translation>«%1» создан старой версией ChannelRate и требует обновления, но здесь его можно только читать. Скопируйте его в папку, куда у вас есть запись, и выберите копию.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="51"/>
        <source>A new price book cannot be created at “%1”: the folder cannot be written. Choose another place.</source>
        <translation>Новый прайс нельзя создать в «%1»: в папку нельзя писать. Выберите другое место.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="56"/>
        <source>The price book server %1 cannot be reached or refused the login. Check the address, the user name and password, and that the server is running.</source>
        <translation>Сервер прайса %1 недоступен или не принял вход. Проверьте адрес, имя пользователя и пароль и что сервер запущен.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="62"/>
        <source>“%1” cannot be opened.</source>
        <translation>«%1» не удаётся открыть.</translation>
    </message>
    <message>
        <location filename="../startup.py" line="83"/>
        <source>The price book cannot be opened</source>
        <translation>Не удаётся открыть прайс</translation>
    </message>
    <message>
        <location filename="../startup.py" line="89"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../startup.py" line="93"/>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location filename="../startup.py" line="97"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../startup.py" line="108"/>
        <source>Open or create a price book</source>
        <translation>Открыть или создать прайс</translation>
    </message>
    <message>
        <location filename="../startup.py" line="110"/>
        <source>ChannelRate price book (*.sqlite3 *.db);;All files (*)</source>
        <translation>Прайс ChannelRate (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../startup.py" line="120"/>
        <source>ChannelRate could not start</source>
        <translation>ChannelRate не удалось запустить</translation>
    </message>
    <message>
        <location filename="../startup.py" line="121"/>
        <source>ChannelRate could not start: %1</source>
        <translation>ChannelRate не удалось запустить: %1</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <location filename="../storage_messages.py" line="18"/>
        <source>The price book stayed busy for %1 s: another ChannelRate window or program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>Прайс был занят %1 с: в него пишет другое окно ChannelRate или другая программа. Ничего не сохранено; попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <location filename="../storage_messages.py" line="24"/>
        <source>The price book is open read-only: nothing can be saved. Open a copy you may change to edit it.</source>
        <translation>Прайс открыт только для чтения: сохранить ничего нельзя. Чтобы править, откройте копию, которую можно изменять.</translation>
    </message>
    <message>
        <location filename="../storage_messages.py" line="31"/>
        <source>Dates must be between %1 and %2; nothing was saved.</source>
        <translation>Дата должна быть в пределах %1–%2 годов; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>SuggestionArea</name>
    <message>
        <location filename="../suggestion/names.py" line="10"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="11"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="12"/>
        <source>trimmed mean (10 %)</source>
        <translation>усечённое среднее (10 %)</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="13"/>
        <source>weighted by reach</source>
        <translation>взвешенное по охвату</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="19"/>
        <source>Caught buying views or subscribers</source>
        <translation>Замечен в накрутке просмотров или подписчиков</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="22"/>
        <source>Often in mega-compilations</source>
        <translation>Часто в мегаподборках</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="25"/>
        <source>Better placement terms</source>
        <translation>Условия размещения лучше обычных</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="26"/>
        <source>Growing through bought ads</source>
        <translation>Канал под закупами (растёт на рекламе)</translation>
    </message>
    <message>
        <location filename="../suggestion/names.py" line="27"/>
        <source>Narrow niche, few competitors</source>
        <translation>Узкая ниша, мало конкурентов</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="87"/>
        <source>Leave outliers out of the statistics</source>
        <translation>Не учитывать выбросы</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="90"/>
        <source>views of your post over the format&apos;s window</source>
        <translation>просмотры вашего поста за окно формата</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="97"/>
        <source>What to price</source>
        <translation>Что оцениваем</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="99"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="100"/>
        <source>Niche CPM</source>
        <translation>CPM ниши</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="102"/>
        <source>Your reach</source>
        <translation>Ваш охват</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="110"/>
        <source>Adjustments</source>
        <translation>Поправки</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="129"/>
        <source>From 0 to %1 %</source>
        <translation>От 0 до %1 %</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="153"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="171"/>
        <source>Suggested price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="288"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="302"/>
        <source>Set up your channel on “My channel” first.</source>
        <translation>Сначала заполните вкладку «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="312"/>
        <source>Computing your reach…</source>
        <translation>Вычисляем ваш охват…</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="323"/>
        <source>From %1 posts, %2 h window: %3</source>
        <translation>По %1 постам, окно %2 ч: %3</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="332"/>
        <source>Typed on “My channel” (%1 h window)</source>
        <translation>Введено на вкладке «Мой канал» (окно %1 ч)</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="335"/>
        <source>Typed on “My channel” for %1 h; no %2 h figure</source>
        <translation>Введено на вкладке «Мой канал» для %1 ч; за %2 ч охвата нет</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="342"/>
        <source>Type your reach or fill in “My channel”.</source>
        <translation>Введите охват или заполните «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="406"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="31"/>
        <source>No statistics for this format: %1</source>
        <translation>Нет статистики для этого формата: %1</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="37"/>
        <source>No quotes with a reach in this niche yet: add some on “Price book”.</source>
        <translation>В этой нише пока нет цен с охватом: добавьте их в «Прайс конкурентов».</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="54"/>
        <source>Too few quotes to trust: only %1 of format %2 (at least %3 needed). Compared with all %4 quotes of the niche instead.</source>
        <translation>Слишком мало цен для надёжного вывода: формата %2 всего %1 (нужно не меньше %3). Вместо них сравнили со всеми ценами ниши (%4).</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="60"/>
        <source>Too few quotes to trust: only %1 of format %2 (at least %3 needed). Compared with the %4 quotes counted over the same %5 h window instead.</source>
        <translation>Слишком мало цен для надёжного вывода: формата %2 всего %1 (нужно не меньше %3). Вместо них сравнили с ценами с тем же окном охвата %5 ч (%4).</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="83"/>
        <source>outside %1 – %2</source>
        <translation>вне %1 – %2</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="91"/>
        <source>Here: a CPM %1.</source>
        <translation>Здесь: CPM %1.</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="97"/>
        <source>Quotes compared</source>
        <translation>Цен в сравнении</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="98"/>
        <source>Mean CPM</source>
        <translation>Средний CPM</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="99"/>
        <source>Median CPM</source>
        <translation>Медианный CPM</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="100"/>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="102"/>
        <source>Trimmed mean / weighted</source>
        <translation>Усечённое среднее / взвешенный</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="106"/>
        <source>Outliers</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="108"/>
        <source>%1, left out</source>
        <translation>%1, не учтены</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="110"/>
        <source>%1, included</source>
        <translation>%1, учтены</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="117"/>
        <source>Outlier limits</source>
        <translation>Границы выбросов</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="125"/>
        <source>Converted from %1</source>
        <translation>Пересчитано из %1</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="126"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 по %2 (%3)</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="135"/>
        <source>Not used</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="136"/>
        <source>%1 without reach, %2 in other currencies</source>
        <translation>без охвата — %1, в других валютах — %2</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="149"/>
        <source>Enter your reach to get a price.</source>
        <translation>Введите охват, чтобы получить цену.</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="155"/>
        <source>Fair range %1 – %2 (niche P25–P75 CPM)</source>
        <translation>Справедливый диапазон %1 – %2 (CPM ниши P25–P75)</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="163"/>
        <source>Your price %1 gives CPM %2: cheaper than %3 % of the niche.</source>
        <translation>Ваша цена %1 даёт CPM %2: дешевле, чем у %3 % ниши.</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="173"/>
        <source>Your price for %1 (%2) is in %3, the niche&apos;s quotes are in %4: CPMs in different currencies are not compared.</source>
        <translation>Ваша цена на %1 (%2) — в %3, а цены ниши — в %4: CPM в разных валютах не сравниваются.</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="185"/>
        <source>No own price for %1 yet: set one on “My channel”.</source>
        <translation>Вашей цены на %1 пока нет: задайте её на вкладке «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="198"/>
        <source>Niche %1 CPM %2 × your reach %3 / 1000 = %4</source>
        <translation>CPM ниши (%1) %2 × ваш охват %3 / 1000 = %4</translation>
    </message>
    <message>
        <location filename="../suggestion/results.py" line="212"/>
        <source>Why this price</source>
        <translation>Почему такая цена</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="198"/>
        <source>Your CPM vs niche</source>
        <translation>Ваш CPM и ниша</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="199"/>
        <source>Reach vs price</source>
        <translation>Охват и цена</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="200"/>
        <source>CPM distribution</source>
        <translation>Распределение CPM</translation>
    </message>
    <message>
        <location filename="../suggestion/area.py" line="381"/>
        <source>“%1” accepts 0 to %2 %: %3 % is counted as %2 %.</source>
        <translation>«%1»: от 0 до %2 %; %3 % считается как %2 %.</translation>
    </message>
</context>
<context>
    <name>Telegram</name>
    <message>
        <location filename="../telegram_texts.py" line="17"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="22"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="25"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="29"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="36"/>
        <source>Telegram asks to wait %1 before trying again.</source>
        <translation>Telegram просит подождать %1 перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="41"/>
        <source>Set both %1 and %2, or neither.</source>
        <translation>Задайте обе переменные %1 и %2 или ни одной.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="56"/>
        <source>Enter your Telegram API id and hash first.</source>
        <translation>Сначала введите API id и hash для Telegram.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="59"/>
        <source>Telegram rejected this API id / hash. Check them on my.telegram.org (API development tools) and enter them again.</source>
        <translation>Telegram не принял эти API id / hash. Проверьте их на my.telegram.org (API development tools) и введите заново.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="74"/>
        <source>The saved Telegram API id / hash could not be read; enter them again.</source>
        <translation>Сохранённые API id / hash Telegram не удалось прочитать; введите их заново.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="83"/>
        <source>Telegram could not be reached. Check the internet connection; stored data still works offline.</source>
        <translation>Не удалось связаться с Telegram. Проверьте подключение к интернету; сохранённые данные доступны и без сети.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="88"/>
        <source>The Telegram session has ended. Sign in again; your data is kept.</source>
        <translation>Сеанс Telegram завершён. Войдите снова — ваши данные сохранены.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="91"/>
        <source>This phone number is not valid. Enter it in international format, for example +7 999 123-45-67.</source>
        <translation>Неверный номер телефона. Введите его в международном формате, например +7 999 123-45-67.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="96"/>
        <source>Telegram has banned this phone number; it cannot be used to sign in.</source>
        <translation>Telegram заблокировал этот номер телефона; с ним нельзя войти.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="99"/>
        <source>There is no Telegram account with this phone number.</source>
        <translation>С этим номером телефона нет аккаунта Telegram.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="102"/>
        <source>Too many sign-in attempts with this number. Try again later.</source>
        <translation>Слишком много попыток входа с этим номером. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="105"/>
        <source>Telegram cannot send a new code now. Wait for the code already sent, or try again later.</source>
        <translation>Telegram сейчас не может прислать новый код. Дождитесь уже отправленного кода или попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="110"/>
        <source>Telegram had a problem answering. Try again in a moment.</source>
        <translation>У Telegram возникла проблема с ответом. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="113"/>
        <source>Something went wrong talking to Telegram. Try again.</source>
        <translation>Что-то пошло не так при обмене с Telegram. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="116"/>
        <source>The code is wrong. Check it and try again.</source>
        <translation>Неверный код. Проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="119"/>
        <source>The code has expired. Press “Send a new code” and enter the new one.</source>
        <translation>Срок действия кода истёк. Нажмите «Отправить код ещё раз» и введите новый.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="122"/>
        <source>The password is wrong. Try again.</source>
        <translation>Неверный облачный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="125"/>
        <source>The QR code expired; a new one is shown.</source>
        <translation>QR-код устарел — показан новый.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="128"/>
        <source>No channel has this username.</source>
        <translation>Канала с таким username нет.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="131"/>
        <source>This is not a valid channel username or link.</source>
        <translation>Это не похоже на username или ссылку канала.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="134"/>
        <source>This channel is private: join it in Telegram first (or the invite link expired).</source>
        <translation>Это закрытый канал: сначала вступите в него в Telegram (или ссылка-приглашение устарела).</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="138"/>
        <source>This channel is not available: it is blocked or you were banned from it.</source>
        <translation>Канал недоступен: он заблокирован или вас в нём забанили.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="141"/>
        <source>This is a user or a group, not a channel.</source>
        <translation>Это пользователь или группа, а не канал.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="144"/>
        <source>You are not an administrator of this channel.</source>
        <translation>Вы не администратор этого канала.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="147"/>
        <source>This channel has to be opened again: paste its link, or choose it as your channel again.</source>
        <translation>Этот канал нужно открыть заново: вставьте его ссылку или снова выберите его своим каналом.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="152"/>
        <source>Telegram refuses the saved access to this channel. Open it again.</source>
        <translation>Telegram отклоняет сохранённый доступ к этому каналу. Откройте его заново.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="156"/>
        <source>Signing in to Telegram failed. Try again.</source>
        <translation>Не удалось войти в Telegram. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="159"/>
        <source>This channel cannot be read from Telegram.</source>
        <translation>Этот канал не удаётся прочитать из Telegram.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="162"/>
        <source>Telegram cannot answer now. Try again in a moment.</source>
        <translation>Telegram сейчас не может ответить. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="48"/>
        <source>Telegram reported an error: %1</source>
        <translation>Telegram сообщил об ошибке: %1</translation>
    </message>
</context>
<context>
    <name>TelegramPanel</name>
    <message>
        <location filename="../telegram_panel.py" line="140"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="150"/>
        <source>&amp;Telegram</source>
        <translation>&amp;Telegram</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="151"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="152"/>
        <source>Choose my channel…</source>
        <translation>Выбрать свой канал…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="153"/>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="154"/>
        <source>Refresh every</source>
        <translation>Обновлять каждые</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="166"/>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="167"/>
        <source>Forget the API id and hash…</source>
        <translation>Забыть API id и hash…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="177"/>
        <source>Demo: Telegram not connected</source>
        <translation>Демо: Telegram не подключён</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="217"/>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="218"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="219"/>
        <source>2 hours (default)</source>
        <translation>2 часа (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="220"/>
        <source>6 hours</source>
        <translation>6 часов</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="221"/>
        <source>12 hours</source>
        <translation>12 часов</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="222"/>
        <source>Off</source>
        <translation>Не обновлять</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="237"/>
        <source>Log out of Telegram</source>
        <translation>Выход из Telegram</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="239"/>
        <source>Log out of Telegram on this computer? The session file is deleted; everything already fetched stays.</source>
        <translation>Выйти из Telegram на этом компьютере? Файл сеанса будет удалён; всё, что уже загружено, останется.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="251"/>
        <source>Forget the API id and hash</source>
        <translation>Забыть API id и hash</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="253"/>
        <source>Log out of Telegram and delete the saved API id and hash from this computer? Signing in again asks for them; everything already fetched stays.</source>
        <translation>Выйти из Telegram и удалить сохранённые API id и hash с этого компьютера? При следующем входе их нужно будет ввести заново; всё уже загруженное останется.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="289"/>
        <source>Telegram: not set up</source>
        <translation>Telegram: не настроен</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="290"/>
        <source>Telegram: not signed in</source>
        <translation>Telegram: вход не выполнен</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="291"/>
        <source>Telegram: connecting…</source>
        <translation>Telegram: подключение…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="292"/>
        <source>Telegram: not connected</source>
        <translation>Telegram: нет связи</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="293"/>
        <source>Telegram: reading…</source>
        <translation>Telegram: загрузка…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="294"/>
        <source>Telegram: waiting</source>
        <translation>Telegram: ожидание</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="299"/>
        <source>Telegram: connected as %1</source>
        <translation>Telegram: подключён как %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="301"/>
        <source>Telegram: connected</source>
        <translation>Telegram: подключён</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="312"/>
        <source>Subscribers of %1</source>
        <translation>Подписчики %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="313"/>
        <source>Posts of %1</source>
        <translation>Посты канала %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="314"/>
        <source>Views of %1</source>
        <translation>Просмотры канала %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="327"/>
        <source>Telegram asks to wait %1; the fetch resumes by itself</source>
        <translation>Telegram просит подождать %1; загрузка продолжится сама</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="343"/>
        <source>%1: up to %2 posts older than %3 days were left out.</source>
        <translation>%1: пропущено до %2 постов старше %3 дн.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="347"/>
        <source>%1: up to %2 older posts were left out (a channel keeps its newest %3 posts).</source>
        <translation>%1: пропущено до %2 более старых постов (по каналу хранятся последние %3 постов).</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="368"/>
        <source>The refresh failed. %1</source>
        <translation>Обновление не удалось. %1</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="172"/>
        <source>the channel is private now</source>
        <translation>канал теперь закрытый</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="175"/>
        <source>the channel is blocked or you were banned from it</source>
        <translation>канал заблокирован или вас в нём забанили</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="178"/>
        <location filename="../telegram_texts.py" line="181"/>
        <source>no channel has this username any more</source>
        <translation>канала с таким именем больше нет</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="184"/>
        <source>this is no longer a channel</source>
        <translation>это больше не канал</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="187"/>
        <source>needs to be opened again (paste its link, or choose it as your channel again)</source>
        <translation>нужно открыть заново (вставьте его ссылку или снова выберите его как свой канал)</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="191"/>
        <source>Telegram refuses the saved access to it</source>
        <translation>Telegram не принимает сохранённый доступ к нему</translation>
    </message>
    <message>
        <location filename="../telegram_texts.py" line="196"/>
        <source>Telegram answered %1</source>
        <translation>Telegram ответил: %1</translation>
    </message>
</context>
<context>
    <name>VettingArea</name>
    <message>
        <location filename="../vetting/form.py" line="53"/>
        <source>@username or https://t.me/…</source>
        <translation>@username или https://t.me/…</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="57"/>
        <source>2 500 ₽, 2,5к, $30</source>
        <translation>2 500 ₽, 2,5к, $30</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="68"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="71"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="85"/>
        <location filename="../vetting/verdict.py" line="85"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="86"/>
        <source>Quoted price</source>
        <translation>Цена размещения</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="87"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="88"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="62"/>
        <source>Add to price book</source>
        <translation>Добавить в прайс</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="54"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="86"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="88"/>
        <source>CPM of the quote</source>
        <translation>CPM по этой цене</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="89"/>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="91"/>
        <source>In short</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="25"/>
        <source>Are the views real?</source>
        <translation>Просмотры живые?</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="143"/>
        <source>All niches</source>
        <translation>Все ниши</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="167"/>
        <source>Not a Telegram channel: use @username or a t.me link</source>
        <translation>Это не канал Telegram: укажите @username или ссылку t.me</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="121"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="185"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="187"/>
        <source>Fetching %1 from Telegram…</source>
        <translation>Загружаю %1 из Telegram…</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="197"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="198"/>
        <source>Posts</source>
        <translation>Посты</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="73"/>
        <location filename="../vetting/form.py" line="199"/>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="50"/>
        <source>no posts with views</source>
        <translation>нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="56"/>
        <source>Views per subscriber (ERR)</source>
        <translation>Просмотры на подписчика (ERR)</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="57"/>
        <source>24-hour reach per subscriber (ERR24)</source>
        <translation>Охват за 24 часа на подписчика (ERR24)</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="58"/>
        <source>Post-to-post variation</source>
        <translation>Разброс просмотров между постами</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="59"/>
        <source>Reach without engagement</source>
        <translation>Охват без вовлечённости</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="60"/>
        <source>Views of the youngest posts</source>
        <translation>Просмотры самых свежих постов</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="61"/>
        <source>Readers beyond the subscribers</source>
        <translation>Читатели сверх подписчиков</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="62"/>
        <source>Engagement per view against views</source>
        <translation>Вовлечённость на просмотр против просмотров</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="63"/>
        <source>Days with jumping views</source>
        <translation>Дни со скачками просмотров</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="64"/>
        <source>Views in the first hour</source>
        <translation>Просмотры в первый час</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="65"/>
        <source>Identical early views</source>
        <translation>Одинаковые ранние просмотры</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="66"/>
        <source>Subscriber jumps</source>
        <translation>Скачки подписчиков</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="67"/>
        <source>Share of ads</source>
        <translation>Доля рекламы</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="68"/>
        <source>Not enough data</source>
        <translation>Мало данных</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="74"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="75"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="76"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="82"/>
        <source>cheap</source>
        <translation>дёшево</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="83"/>
        <source>fair</source>
        <translation>в рынке</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="84"/>
        <source>overpriced</source>
        <translation>дорого</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="123"/>
        <source>Only just past the threshold: within the measurement&apos;s own error of it (clearly past at %1), so it counts as a weak sign.</source>
        <translation>Едва за порогом: в пределах собственной погрешности измерения (явно за порогом — %1), поэтому считается слабым признаком.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="138"/>
        <source>ERR not computed: no posts older than a day or no subscriber count.</source>
        <translation>ERR не рассчитан: нет постов старше суток или неизвестно число подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="142"/>
        <source>Posts are seen by %1 of subscribers on average (ERR; above %2): more views than subscribers, usual only for viral content or bought views.</source>
        <translation>Пост в среднем видят %1 подписчиков (ERR; выше %2): просмотров больше, чем подписчиков, — так бывает только у вирусного контента или при накрутке просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="148"/>
        <source>Posts are seen by %1 of subscribers on average (ERR; at or below %2).</source>
        <translation>Пост в среднем видят %1 подписчиков (ERR; не выше %2).</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="155"/>
        <source>ERR24 not computed: no 24-hour reach or no subscriber count.</source>
        <translation>ERR24 не рассчитан: нет охвата за 24 часа или неизвестно число подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="159"/>
        <source>In the first 24 hours a post reaches %1 of subscribers (ERR24; below %2): the audience looks inactive or partly bought.</source>
        <translation>За первые 24 часа пост охватывает %1 подписчиков (ERR24; ниже %2): аудитория неактивна или частично накручена.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="165"/>
        <source>In the first 24 hours a post reaches %1 of subscribers (ERR24; at or above %2).</source>
        <translation>За первые 24 часа пост охватывает %1 подписчиков (ERR24; не ниже %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="172"/>
        <source>Post-to-post variation not computed: %n posts older than two days (%1 needed).</source>
        <translation>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n пост (нужно %1).</numerusform>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n поста (нужно %1).</numerusform>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="180"/>
        <source>Views hardly differ from post to post (variation %1, below %2; real audiences vary %3–%4): typical of bought view packages.</source>
        <translation>Просмотры почти одинаковы от поста к посту (разброс %1, ниже %2; у живой аудитории %3–%4): так выглядят купленные пакеты просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="188"/>
        <source>Views vary naturally from post to post (variation %1, at or above %2).</source>
        <translation>Просмотры естественно различаются от поста к посту (разброс %1, не ниже %2).</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="194"/>
        <source>Reach versus engagement not computed: no posts older than a day with views.</source>
        <translation>Охват и вовлечённость не сопоставлены: нет постов старше суток с просмотрами.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="200"/>
        <source>Posts collect %1 views per subscriber (unusually many, threshold %2) but only %3 forwards and reactions per 1000 views (below %4): the views look hollow.</source>
        <translation>Посты набирают %1 просмотра на подписчика (необычно много, порог %2), но всего %3 репоста и реакции на 1000 просмотров (меньше %4): просмотры выглядят пустыми.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="206"/>
        <source>%1 views per subscriber and %2 forwards and reactions per 1000 views: reach and engagement fit together.</source>
        <translation>%1 просмотра на подписчика и %2 репоста и реакции на 1000 просмотров: охват и вовлечённость согласуются.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="214"/>
        <source>Readers beyond the subscribers not checked: %n posts older than a day (%1 needed) or no subscriber count.</source>
        <translation>
            <numerusform>Читатели сверх подписчиков не проверены: старше суток всего %n пост (нужно %1) или нет числа подписчиков.</numerusform>
            <numerusform>Читатели сверх подписчиков не проверены: старше суток всего %n поста (нужно %1) или нет числа подписчиков.</numerusform>
            <numerusform>Читатели сверх подписчиков не проверены: старше суток всего %n постов (нужно %1) или нет числа подписчиков.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="224"/>
        <source>The typical post is seen by %1 of the subscribers (at or above %2) although only %3 of its views come with a forward (below %4): nothing brings the readers who do not subscribe.</source>
        <translation>Типичный пост видят %1 от числа подписчиков (не меньше %2), хотя лишь %3 его просмотров приходят с репостом (меньше %4): читателей без подписки сюда ничто не приводит.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="232"/>
        <source>The typical post is seen by %1 of the subscribers, %2 of its views come with a forward: no unexplained readers.</source>
        <translation>Типичный пост видят %1 от числа подписчиков, %2 его просмотров приходят с репостом: необъяснимых читателей нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="242"/>
        <source>Young posts not compared: %n posts younger than %1 hours (%2 needed) and too few of one to seven days.</source>
        <translation>
            <numerusform>Свежие посты не сравнить: %n пост моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
            <numerusform>Свежие посты не сравнить: %n поста моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
            <numerusform>Свежие посты не сравнить: %n постов моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="251"/>
        <source>The %n posts younger than %1 hours already have a median %2 of the views the channel&apos;s older posts had after a day (at or above %3): real readers take a day to arrive, bought views come at once.</source>
        <translation>
            <numerusform>У %n поста моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
            <numerusform>У %n постов моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
            <numerusform>У %n постов моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="260"/>
        <source>The %n posts younger than %1 hours have a median %2 of the views the channel&apos;s older posts had after a day (below %3).</source>
        <translation>
            <numerusform>У %n поста моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
            <numerusform>У %n постов моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
            <numerusform>У %n постов моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="270"/>
        <source>Engagement against views not compared: %n posts older than two days (%1 needed) with %2 forwards and reactions (%3 needed).</source>
        <translation>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n пост (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n поста (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n постов (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="293"/>
        <source>Forwards and reactions per view rise with a post&apos;s views no more than real audiences&apos; do (slope %1, at or below %2: %3 plus %4 standard errors of %5).</source>
        <translation>Репосты и реакции на просмотр растут с просмотрами поста не сильнее, чем у живой аудитории (наклон %1, не выше %2: %3 плюс %4 стандартной ошибки по %5).</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="349"/>
        <source>Views of the first 6 hours are almost the same on every post (variation %1, below %5) while later views vary naturally (%2); a ratio of %3, below %4, is the mark of a fixed package of bought views.</source>
        <translation>Просмотры первых 6 часов почти одинаковы у всех постов (разброс %1, ниже %5), а более поздние просмотры различаются естественно (%2); отношение %3, ниже %4, — признак фиксированного пакета купленных просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="356"/>
        <source>Views of the first 6 hours vary from post to post (variation %1; later views %2, ratio %3): not a fixed package (that needs a ratio below %4 and early variation below %5).</source>
        <translation>Просмотры первых 6 часов различаются от поста к посту (разброс %1; у поздних просмотров %2, отношение %3): это не фиксированный пакет (для него нужно отношение ниже %4 и ранний разброс ниже %5).</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="384"/>
        <source>Subscribers jumped by %1 around %2 but reach changed by %3 (less than %4 of the jump): the new subscribers do not read – likely bought.</source>
        <translation>Около %2 подписчиков стало больше на %1, а охват изменился на %3 (меньше %4 от скачка): новые подписчики не читают — скорее всего, накрутка.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="443"/>
        <source>Days not compared: %1 forwards and reactions on the weaker side (%2 needed).</source>
        <translation>Дни не сравнивались: в меньшей группе дней всего %1 репостов и реакций (нужно %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="450"/>
        <source>Days not compared: posts of %n days older than two days (%1 needed).</source>
        <translation>
            <numerusform>Дни не сравнивались: посты старше двух суток есть только за %n день (нужно %1).</numerusform>
            <numerusform>Дни не сравнивались: посты старше двух суток есть только за %n дня (нужно %1).</numerusform>
            <numerusform>Дни не сравнивались: посты старше двух суток есть только за %n дней (нужно %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="460"/>
        <source>On %1 of %n days posts got %2× the views of the other days (at least %3×), yet their forwards and reactions per view were %4 of the other days&apos; (below %5): the extra views brought no engagement, as views bought on some days do.</source>
        <translation>
            <numerusform>В %1 из %n дня посты получили в %2 раза больше просмотров, чем в остальные дни (порог — в %3 раза), но репостов и реакций на просмотр у них было %4 от остальных дней (меньше %5): лишние просмотры не принесли вовлечённости — так выглядят просмотры, купленные на отдельные дни.</numerusform>
            <numerusform>В %1 из %n дней посты получили в %2 раза больше просмотров, чем в остальные дни (порог — в %3 раза), но репостов и реакций на просмотр у них было %4 от остальных дней (меньше %5): лишние просмотры не принесли вовлечённости — так выглядят просмотры, купленные на отдельные дни.</numerusform>
            <numerusform>В %1 из %n дней посты получили в %2 раза больше просмотров, чем в остальные дни (порог — в %3 раза), но репостов и реакций на просмотр у них было %4 от остальных дней (меньше %5): лишние просмотры не принесли вовлечённости — так выглядят просмотры, купленные на отдельные дни.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="470"/>
        <source>On %1 of %n days posts got %2× the views of the other days, and their forwards and reactions per view kept up (%3 of the other days&apos;, at or above %4): real readers.</source>
        <translation>
            <numerusform>В %1 из %n дня посты получили в %2 раза больше просмотров, чем в остальные дни, и репостов и реакций на просмотр у них было не меньше (%3 от остальных дней, не ниже %4): это настоящие читатели.</numerusform>
            <numerusform>В %1 из %n дней посты получили в %2 раза больше просмотров, чем в остальные дни, и репостов и реакций на просмотр у них было не меньше (%3 от остальных дней, не ниже %4): это настоящие читатели.</numerusform>
            <numerusform>В %1 из %n дней посты получили в %2 раза больше просмотров, чем в остальные дни, и репостов и реакций на просмотр у них было не меньше (%3 от остальных дней, не ниже %4): это настоящие читатели.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="478"/>
        <source>Views per post do not jump on some days: the best split of %n days gives %1× (a jump needs at least %2× on days that stand clearly apart and come and go).</source>
        <translation>
            <numerusform>Просмотры на пост не скачут по дням: лучшее разбиение %n дня даёт разницу в %1 раза (для скачка нужно хотя бы в %2 раза, в дни, которые явно выделяются и то появляются, то пропадают).</numerusform>
            <numerusform>Просмотры на пост не скачут по дням: лучшее разбиение %n дней даёт разницу в %1 раза (для скачка нужно хотя бы в %2 раза, в дни, которые явно выделяются и то появляются, то пропадают).</numerusform>
            <numerusform>Просмотры на пост не скачут по дням: лучшее разбиение %n дней даёт разницу в %1 раза (для скачка нужно хотя бы в %2 раза, в дни, которые явно выделяются и то появляются, то пропадают).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="311"/>
        <source>Views by hour not computed: %n posts with a snapshot in their first two hours and one after 12 hours (%1 needed).</source>
        <translation>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n поста (нужно %1).</numerusform>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n постов (нужно %1).</numerusform>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="284"/>
        <source>Posts with more views get more forwards and reactions per view (slope %1, above %2: the %3 real audiences reach at most because people pass on what they like, plus %4 standard errors of %5): bought views bring no engagement, so a package of the same size on every post dilutes the weaker posts most; this steep a rise takes a package of more than half the views.</source>
        <translation>У постов с большим числом просмотров больше репостов и реакций на просмотр (наклон %1, выше %2: это %3, больше которых у живой аудитории не бывает, хотя люди и делятся тем, что им нравится, плюс %4 стандартной ошибки по %5): купленные просмотры не приносят вовлечённости, поэтому пакет одного размера на каждом посте сильнее всего разбавляет слабые посты; такой крутой рост даёт только пакет больше половины просмотров.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="320"/>
        <source>In %n posts, a median %1 of the first day&apos;s views arrived in the first hour (at or above %2): real readers arrive over many hours, view bots at once.</source>
        <translation>
            <numerusform>В %n посте медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="328"/>
        <source>In %n posts, a median %1 of the first day&apos;s views arrived in the first hour (below %2).</source>
        <translation>
            <numerusform>В %n посте медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="338"/>
        <source>Early and late views not compared: %n posts with a snapshot before 8 hours and one after 36 hours (%1 needed).</source>
        <translation>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n поста (нужно %1).</numerusform>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n постов (нужно %1).</numerusform>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="365"/>
        <source>Subscriber jumps not checked: no subscriber history.</source>
        <translation>Скачки подписчиков не проверены: нет истории числа подписчиков.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="367"/>
        <source>No subscriber jump of %1 or more within %n days.</source>
        <translation>
            <numerusform>Скачков подписчиков на %1 и больше за %n день не было.</numerusform>
            <numerusform>Скачков подписчиков на %1 и больше за %n дня не было.</numerusform>
            <numerusform>Скачков подписчиков на %1 и больше за %n дней не было.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="376"/>
        <source>Subscribers jumped by %1 around %2; too few posts around it to tell whether reach grew with them.</source>
        <translation>Около %2 подписчиков стало больше на %1; постов до и после слишком мало, чтобы понять, вырос ли вместе с ними охват.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="390"/>
        <source>Subscribers jumped by %1 around %2 and reach grew by %3 with them: a real promotion.</source>
        <translation>Около %2 подписчиков стало больше на %1, и охват вырос вместе с ними на %3: это настоящий закуп рекламы.</translation>
    </message>
    <message>
        <location filename="../vetting/texts.py" line="399"/>
        <source>Share of ads not computed: no recent posts.</source>
        <translation>Доля рекламы не рассчитана: нет свежих постов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="403"/>
        <source>%1 of %n recent posts are ads (%2; above %3): readers see more ads than content, which wears the audience out.</source>
        <translation>
            <numerusform>Реклама — %1 из %n последнего поста (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="411"/>
        <source>%1 of %n recent posts are ads (%2; at or below %3).</source>
        <translation>
            <numerusform>Реклама — %1 из %n последнего поста (%2; не больше %3).</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; не больше %3).</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; не больше %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="418"/>
        <source>Not enough data to judge the channel: %1 non-ad posts in the last %n days (at least %2 needed) and no subscriber count.</source>
        <translation>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последний %n день — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дня — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дней — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/texts.py" line="426"/>
        <source>Not enough data to judge the channel: %1 non-ad posts in the last %n days (at least %2 needed).</source>
        <translation>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последний %n день — %1 (нужно не меньше %2).</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дня — %1 (нужно не меньше %2).</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дней — %1 (нужно не меньше %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="72"/>
        <source>Post age, hours</source>
        <translation>Возраст поста, часы</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="74"/>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="75"/>
        <source>Views by post age</source>
        <translation>Просмотры по возрасту поста</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="76"/>
        <source>Views of recent posts</source>
        <translation>Просмотры последних постов</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="77"/>
        <source>Posts ({count})</source>
        <translation>Посты ({count})</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="78"/>
        <source>Typical post (channel curve)</source>
        <translation>Типичный пост (кривая канала)</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="79"/>
        <source>{hours} h window</source>
        <translation>Окно {hours} ч</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="80"/>
        <source>Ads</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="81"/>
        <source>Reach at {hours} h: {value}</source>
        <translation>Охват за {hours} ч: {value}</translation>
    </message>
    <message>
        <location filename="../chart_texts.py" line="82"/>
        <source>No posts with views yet</source>
        <translation>Пока нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="87"/>
        <source>Reach the price needs</source>
        <translation>Охват, нужный для цены</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="67"/>
        <source>Track this channel</source>
        <translation>Отслеживать канал</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="191"/>
        <location filename="../vetting/form.py" line="192"/>
        <source>Computing…</source>
        <translation>Вычисляем…</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="240"/>
        <source>The check failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="225"/>
        <source>Telegram is not set up</source>
        <translation>Telegram не настроен</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="227"/>
        <source>not signed in to Telegram</source>
        <translation>вход в Telegram не выполнен</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="223"/>
        <source>the fetch was cancelled</source>
        <translation>загрузка отменена</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="214"/>
        <source>Fresh data from Telegram.</source>
        <translation>Свежие данные из Telegram.</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="216"/>
        <source>No stored posts for this channel</source>
        <translation>По этому каналу нет сохранённых постов</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="218"/>
        <source>Stored data as of %1</source>
        <translation>Сохранённые данные на %1</translation>
    </message>
    <message>
        <location filename="../vetting/form.py" line="232"/>
        <source>The data is more than two days old: refresh before paying.</source>
        <translation>Данным больше двух суток: обновите их перед оплатой.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="45"/>
        <source>Paste a channel link, the quoted price and format, then press Check.</source>
        <translation>Вставьте ссылку на канал, цену размещения и формат и нажмите «Проверить».</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/verdict.py" line="169"/>
        <source>%Ln subscribers</source>
        <translation>
            <numerusform>%Ln подписчик</numerusform>
            <numerusform>%Ln подписчика</numerusform>
            <numerusform>%Ln подписчиков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="179"/>
        <source>typed in the price book</source>
        <translation>введён в прайс-листе</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="180"/>
        <source>fetched into the price book</source>
        <translation>получен в прайс-лист из Telegram</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="181"/>
        <source>estimated in the price book</source>
        <translation>оценён в прайс-листе</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/verdict.py" line="184"/>
        <source>%Ln views in %1 h (%2 on %3; no stored posts to check it)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/verdict.py" line="197"/>
        <source>%Ln views in %1 h (%2)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/verdict.py" line="203"/>
        <source>%Ln views in %1 h (%2; %3 posts)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2; постов: %3)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2; постов: %3)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2; постов: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="208"/>
        <source>unknown: no posts with views in the last 30 days</source>
        <translation>неизвестен: за последние 30 дней нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="216"/>
        <source>%1 per 1000 views (%2 for %3)</source>
        <translation>%1 за 1000 просмотров (%2 за %3)</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="214"/>
        <source>— (needs the reach)</source>
        <translation>— (нужен охват)</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="293"/>
        <source>The price is cheap for the niche.</source>
        <translation>Цена ниже рынка ниши.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="294"/>
        <source>The price is fair for the niche.</source>
        <translation>Цена в рынке ниши.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="295"/>
        <source>The price is above the niche.</source>
        <translation>Цена выше рынка ниши.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="298"/>
        <source>The price cannot be judged yet.</source>
        <translation>Цену пока не с чем сравнить.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="301"/>
        <source>Too little data to judge the views.</source>
        <translation>Для оценки просмотров мало данных.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="303"/>
        <source>But the views look bought: the real CPM may be far higher.</source>
        <translation>Но просмотры похожи на накрутку: реальный CPM может быть намного выше.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="307"/>
        <source>Some warning signs about the views: read them before paying.</source>
        <translation>С просмотрами есть тревожные признаки: изучите их перед оплатой.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="311"/>
        <source>The views look real.</source>
        <translation>Просмотры выглядят живыми.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="227"/>
        <location filename="../vetting/verdict.py" line="247"/>
        <source>— (no quotes with a reach in this niche and currency)</source>
        <translation>— (в этой нише и валюте нет цен с охватом)</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting/verdict.py" line="229"/>
        <source>%Ln views (%1 ÷ niche CPM %2 × 1000)</source>
        <translation>
            <numerusform>%Ln просмотр (%1 ÷ CPM ниши %2 × 1000)</numerusform>
            <numerusform>%Ln просмотра (%1 ÷ CPM ниши %2 × 1000)</numerusform>
            <numerusform>%Ln просмотров (%1 ÷ CPM ниши %2 × 1000)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="235"/>
        <source>the reach is %1 of it</source>
        <translation>охват составляет %1 от него</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="251"/>
        <source>dearer than %1 % of %2 niche quotes</source>
        <translation>дороже %1 % из %2 цен ниши</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="265"/>
        <source>Cheap below P25 = %1 · fair from P25 to P75 = %2 · overpriced above P75.</source>
        <translation>Дёшево — ниже P25 = %1 · в рынке — от P25 до P75 = %2 · дорого — выше P75.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="272"/>
        <source>Niche median CPM %1.</source>
        <translation>Медианный CPM ниши %1.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="277"/>
        <source>Outliers left out: %1.</source>
        <translation>Выбросы не учтены: %1.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="279"/>
        <source>Outliers included: %1.</source>
        <translation>Выбросы учтены: %1.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="283"/>
        <source>Too few quotes of this format: similar formats are compared.</source>
        <translation>Цен этого формата слишком мало: сравнение с похожими форматами.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="68"/>
        <source>Risk of bought views: %1 (%2 strong and %3 weak signs)</source>
        <translation>Риск накрутки: %1 (сильных признаков: %2, слабых: %3)</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="73"/>
        <source>Rule: high when one strong sign is far past its threshold, or two strong signs fire, or one strong and two weak; medium when one strong or two weak signs fire.</source>
        <translation>Правило: высокий, когда один сильный признак далеко за порогом, или сработали два сильных, или один сильный и два слабых; средний, когда сработал один сильный или два слабых.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="83"/>
        <source>Far past its threshold: %1.</source>
        <translation>Далеко за порогом: %1.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="92"/>
        <source>Low means none of these signs was found, not that every view is real: views bought slowly and in step with the real readers leave none of them. Before a large purchase, ask the seller for the channel&apos;s statistics (where its views come from).</source>
        <translation>«Низкий» значит, что ни один из этих признаков не найден, а не что все просмотры настоящие: просмотры, купленные понемногу и в такт с живыми читателями, не оставляют ни одного из них. Перед крупной покупкой попросите у продавца статистику канала (откуда приходят просмотры).</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="100"/>
        <source>One reading per post (no tracked history): the signs marked “needs tracking” were not checked. Track the channel for a few days to check them and sharpen the others.</source>
        <translation>По одному замеру на пост (без истории отслеживания): признаки с пометкой «нужно отслеживание» не проверены. Отслеживайте канал несколько дней, чтобы проверить их и уточнить остальные.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="127"/>
        <source>%1 (threshold %2; far past %3)</source>
        <translation>%1 (порог %2; далеко за порогом — %3)</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="139"/>
        <source>needs tracking</source>
        <translation>нужно отслеживание</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="145"/>
        <source>strong, far past</source>
        <translation>сильный, далеко за порогом</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="124"/>
        <source>The form has changed: this result is for the previous input. Press Check.</source>
        <translation>Форма изменилась: этот результат относится к прежним данным. Нажмите «Проверить».</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="130"/>
        <source>Saved to the price book.</source>
        <translation>Сохранено в прайс.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="132"/>
        <source>Already in the price book (saved %1).</source>
        <translation>Уже есть в прайсе (сохранено %1).</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="145"/>
        <source>Needs Telegram, which the demo does not connect.</source>
        <translation>Нужен Telegram, а демо к нему не подключается.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="148"/>
        <source>Check a channel first: it is tracked once it is known.</source>
        <translation>Сначала проверьте канал: отслеживать можно известный канал.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="151"/>
        <source>Your own channel is always refreshed.</source>
        <translation>Ваш канал обновляется всегда.</translation>
    </message>
    <message>
        <location filename="../vetting/verdict.py" line="152"/>
        <source>Refresh this channel&apos;s views with your own channel on the schedule.</source>
        <translation>Обновлять просмотры этого канала по расписанию вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="134"/>
        <source>%1 (threshold %2)</source>
        <translation>%1 (порог %2)</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="141"/>
        <source>strong</source>
        <translation>сильный</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="142"/>
        <source>weak</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="172"/>
        <source>the channel&apos;s recent posts</source>
        <translation>недавних постов канала</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="175"/>
        <source>more recent posts (%1 of the %2 needed)</source>
        <translation>недавних постов (есть %1 из нужных %2)</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="180"/>
        <source>the subscriber count</source>
        <translation>числа подписчиков</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="182"/>
        <source>a few days of tracked views and subscribers</source>
        <translation>истории просмотров и подписчиков за несколько дней</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="187"/>
        <source>Sign in to Telegram (Telegram → Sign in…), then press Check to fetch the channel&apos;s posts and subscribers.</source>
        <translation>Войдите в Telegram (Telegram → Войти…) и нажмите «Проверить», чтобы загрузить посты и подписчиков канала.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="195"/>
        <source>Press Check again to fetch the channel&apos;s posts and subscribers.</source>
        <translation>Нажмите «Проверить» ещё раз, чтобы загрузить посты и подписчиков канала.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="201"/>
        <source>The channel has too few recent posts on Telegram to judge.</source>
        <translation>В Telegram у канала слишком мало недавних постов для оценки.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="205"/>
        <source>Check the channel again over a few days: each check with Telegram adds a reading of its views and subscribers.</source>
        <translation>Проверяйте канал ещё несколько дней: каждая проверка через Telegram добавляет замер его просмотров и подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="214"/>
        <source>Not enough data to judge the views</source>
        <translation>Мало данных, чтобы оценить просмотры</translation>
    </message>
    <message>
        <location filename="../vetting/quality.py" line="219"/>
        <source>Missing: %1.</source>
        <translation>Не хватает: %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeArea</name>
    <message>
        <location filename="../welcome_view.py" line="47"/>
        <source>Welcome to %1</source>
        <translation>Добро пожаловать в %1</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="58"/>
        <source>ChannelRate tells you what to charge for an ad post in your Telegram channel, and whether another channel&apos;s price is fair. Start one of three ways:</source>
        <translation>ChannelRate подскажет, сколько брать за рекламный пост в вашем Telegram-канале и честна ли цена чужого канала. Начните одним из трёх способов:</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="64"/>
        <source>Explore the demo</source>
        <translation>Посмотреть демо</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="66"/>
        <source>Import my spreadsheet…</source>
        <translation>Импортировать мою таблицу…</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="68"/>
        <source>Connect Telegram…</source>
        <translation>Подключить Telegram…</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="75"/>
        <source>A made-up crypto niche with 27 competitors and a channel of your own: see every screen filled in. Your own data is not touched.</source>
        <translation>Вымышленная крипто-ниша с 27 конкурентами и вашим каналом: все экраны заполнены. Ваши собственные данные не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="82"/>
        <source>A CSV or Excel file with one competitor&apos;s quote per row: channel, price, reach, and optionally format, date and niche. docs/sample_pricebook.csv shows the columns.</source>
        <translation>Файл CSV или Excel, одна цена конкурента в строке: канал, цена, охват и по желанию формат, дата и ниша. Столбцы показаны в docs/sample_pricebook.csv.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="90"/>
        <source>Sign in with your Telegram account: your channel&apos;s views are read and its reach measured, and competitors&apos; channels can be checked.</source>
        <translation>Войдите в свой аккаунт Telegram: просмотры вашего канала будут считаны, охват измерен, а каналы конкурентов можно будет проверить.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="105"/>
        <source>What is CPM?</source>
        <translation>Что такое CPM?</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="108"/>
        <source>CPM is the price of an ad post per thousand views: 1 000 ₽ for a post that collects 2 000 views in 24 hours is a CPM of 500 ₽. It lets channels of different sizes be compared by one figure.</source>
        <translation>CPM — цена рекламного поста за тысячу просмотров: 1 000 ₽ за пост, набравший 2 000 просмотров за 24 часа, — это CPM 500 ₽. По нему каналы разного размера сравниваются одним числом.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="113"/>
        <source>How is the price suggested?</source>
        <translation>Как рассчитывается цена?</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="116"/>
        <source>ChannelRate takes the average CPM of your niche&apos;s quotes in the same format and multiplies it by your own reach / 1000. Then it applies the adjustments you switch on, and shows every step and a fair range.</source>
        <translation>ChannelRate берёт средний CPM цен вашей ниши в том же формате и умножает его на ваш охват / 1000. Затем применяет включённые вами поправки и показывает каждый шаг и справедливый диапазон.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="122"/>
        <source>Next: fill in “My channel” (name and views per post), then open “Price suggestion”. Help → Guide explains every figure.</source>
        <translation>Дальше: заполните «Мой канал» (название и просмотры поста), затем откройте «Расчёт цены». Справка → Руководство объясняет каждую цифру.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="130"/>
        <source>Set up my channel</source>
        <translation>Указать мой канал</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="160"/>
        <source>The demo never connects to Telegram.</source>
        <translation>Демо никогда не подключается к Telegram.</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="162"/>
        <source>Telegram is not available in this run.</source>
        <translation>Telegram недоступен в этом запуске.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../main.py" line="127"/>
        <source>Demo data (not saved)</source>
        <translation>Демо-данные (не сохраняются)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="234"/>
        <source>Vetting</source>
        <translation>Проверка канала</translation>
    </message>
    <message>
        <location filename="../../main.py" line="262"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../../main.py" line="278"/>
        <source>Placements</source>
        <translation>Закупы</translation>
    </message>
    <message>
        <location filename="../welcome_view.py" line="203"/>
        <source>Welcome</source>
        <translation>Начало</translation>
    </message>
</context>
</TS>
