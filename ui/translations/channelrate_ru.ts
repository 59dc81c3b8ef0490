<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../charts/canvas.py" line="26"/>
        <source>Save as PNG/SVG…</source>
        <translation>Сохранить как PNG/SVG…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../suggestion_view.py" line="76"/>
        <source>CPM, {currency}</source>
        <translation>CPM, {currency}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="77"/>
        <source>Price, {currency}</source>
        <translation>Цена, {currency}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="78"/>
        <source>Reach, views</source>
        <translation>Охват, просмотры</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="79"/>
        <source>Quotes</source>
        <translation>Число цен</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="80"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="81"/>
        <source>Niche mean {value}</source>
        <translation>Среднее по нише {value}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="82"/>
        <source>Niche median {value}</source>
        <translation>Медиана ниши {value}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="83"/>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="84"/>
        <source>You: {value}</source>
        <translation>Вы: {value}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="85"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="86"/>
        <source>Outliers</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="87"/>
        <source>Niche CPM {value}</source>
        <translation>CPM ниши {value}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="88"/>
        <source>Your CPM against the niche</source>
        <translation>Ваш CPM на фоне ниши</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="89"/>
        <source>Reach and price</source>
        <translation>Охват и цена</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="90"/>
        <source>CPM distribution</source>
        <translation>Распределение CPM</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="91"/>
        <source>Price and CPM of {channel}</source>
        <translation>Цена и CPM канала {channel}</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="92"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="93"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="94"/>
        <source>No quotes with a reach yet</source>
        <translation>Пока нет цен с охватом</translation>
    </message>
</context>
<context>
    <name>ChooseChannelDialog</name>
    <message>
        <location filename="../telegram_panel.py" line="52"/>
        <source>Choose my channel</source>
        <extracomment>The choices of Telegram → Refresh every, in minutes (0: off).</extracomment>
        <translation>Выбор своего канала</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="54"/>
        <source>Loading the channels you administer…</source>
        <translation>Загружаю каналы, где вы администратор…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="79"/>
        <source>This account administers no channels. Create one or ask to be made admin.</source>
        <translation>В этом аккаунте нет каналов, где вы администратор. Создайте канал или попросите назначить вас админом.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="82"/>
        <source>Your channels:</source>
        <translation>Ваши каналы:</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands.py" line="50"/>
        <source>Could not do “%1”: %2</source>
        <translation>Не удалось выполнить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="54"/>
        <source>Could not undo “%1”: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../commands.py" line="83"/>
        <source>Add quote for %1</source>
        <translation>Добавление цены для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="108"/>
        <source>Edit quote for %1</source>
        <translation>Изменение цены для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="132"/>
        <source>Delete quotes (%1)</source>
        <translation>Удаление цен: %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="160"/>
        <source>Import from %2 (quotes: %1)</source>
        <translation>Импорт цен из %2: %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="186"/>
        <source>Fetch reach for %1</source>
        <translation>Охват из Telegram для %1</translation>
    </message>
    <message>
        <location filename="../commands.py" line="190"/>
        <source>Fetch reach (quotes: %1)</source>
        <translation>Охват из Telegram (цен: %1)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="24"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="26"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>HistoryArea</name>
    <message>
        <location filename="../history_view.py" line="36"/>
        <source>Find channel</source>
        <translation>Найти канал</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="45"/>
        <source>Channels with quotes (most first)</source>
        <translation>Каналы с ценами (больше всего — сверху)</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="58"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="199"/>
        <source>Quotes in %1: %2, from %3 to %4; price %5 → %6 (%7).</source>
        <translation>Цены в %1: %2, с %3 по %4; цена %5 → %6 (%7).</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="210"/>
        <source>Also quoted in %1: choose the currency above to chart those quotes.</source>
        <translation>Есть цены и в %1: выберите валюту выше, чтобы увидеть их на графике.</translation>
    </message>
    <message>
        <location filename="../history_view.py" line="214"/>
        <source>Choose a channel to see its prices over time.</source>
        <translation>Выберите канал, чтобы увидеть, как менялись его цены.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="25"/>
        <source>No channel</source>
        <translation>Нет канала</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="26"/>
        <source>No price</source>
        <translation>Нет цены</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="27"/>
        <source>Price is not a positive number</source>
        <translation>Цена не положительное число</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="30"/>
        <source>Unknown or conflicting currency</source>
        <translation>Непонятная или противоречивая валюта</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="33"/>
        <source>Format is not like 1/24, 2/48 or forever</source>
        <translation>Формат не похож на 1/24, 2/48 или «без удаления»</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="36"/>
        <source>Reach is not a whole number of views</source>
        <translation>Охват — не целое число просмотров</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="39"/>
        <source>Date is not like 31.12.2025</source>
        <translation>Дата не похожа на 31.12.2025</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="40"/>
        <source>Date is in the future</source>
        <translation>Дата в будущем</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="41"/>
        <source>Same row appears earlier in the file</source>
        <translation>Такая же строка уже есть выше в файле</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="44"/>
        <source>Already in the price book</source>
        <translation>Уже есть в прайсе</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../import_dialog.py" line="100"/>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="104"/>
        <source>%1: %2 rows will be imported, %3 rows are rejected.</source>
        <translation>%1: будет импортировано строк — %2, отклонено — %3.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="114"/>
        <location filename="../import_dialog.py" line="130"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="115"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="116"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="117"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="118"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="119"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="120"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="130"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="130"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="130"/>
        <source>Row</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="142"/>
        <source>To import (%1)</source>
        <translation>К импорту (%1)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="143"/>
        <source>Rejected (%1)</source>
        <translation>Отклонено (%1)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="149"/>
        <source>Columns not used: %1</source>
        <translation>Не использованы столбцы: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="156"/>
        <source>Import %1 rows</source>
        <translation>Импортировать строк: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="160"/>
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
        <location filename="../main_window.py" line="40"/>
        <source>ChannelRate — ad pricing desk</source>
        <translation>ChannelRate — расчёт цены рекламы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Niche:</source>
        <translation>Ниша:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Price book</source>
        <translation>Прайс конкурентов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68"/>
        <source>My channel</source>
        <translation>Мой канал</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <source>Price suggestion</source>
        <translation>Расчёт цены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>All niches</source>
        <translation>Все ниши</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180"/>
        <source>Database: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184"/>
        <source>Last data refresh: %1</source>
        <translation>Данные обновлены: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>Last data refresh: never</source>
        <translation>Данные ещё не обновлялись</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <location filename="../main_window.py" line="236"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>The new language is used from the next start of ChannelRate.</source>
        <translation>Новый язык включится при следующем запуске ChannelRate.</translation>
    </message>
</context>
<context>
    <name>MyChannelArea</name>
    <message>
        <location filename="../mychannel_view.py" line="86"/>
        <source>measured at the window</source>
        <translation>измерено точно в окне</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="87"/>
        <source>from view snapshots</source>
        <translation>по замерам просмотров</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="88"/>
        <source>estimated from the channel&apos;s curve</source>
        <translation>оценка по кривой канала</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="89"/>
        <source>estimated from a typical curve</source>
        <translation>оценка по типичной кривой</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="92"/>
        <source>Telegram statistics</source>
        <translation>статистика Telegram</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="95"/>
        <source>high confidence</source>
        <translation>высокая точность</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="96"/>
        <source>medium confidence</source>
        <translation>средняя точность</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="97"/>
        <source>low confidence</source>
        <translation>низкая точность</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="101"/>
        <source>%1 of %2 posts estimated from the curve</source>
        <translation>%1 из %2 постов оценены по кривой</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="125"/>
        <source>@username or channel name</source>
        <translation>@username или название канала</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="133"/>
        <source>Caught buying views or subscribers</source>
        <translation>Замечен в накрутке просмотров или подписчиков</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="134"/>
        <source>Often in mega-compilations</source>
        <translation>Часто в мегаподборках</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="135"/>
        <source>Growing through bought ads</source>
        <translation>Канал под закупами (растёт на рекламе)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="136"/>
        <source>Narrow niche, few competitors</source>
        <translation>Узкая ниша, мало конкурентов</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="138"/>
        <source>Save channel</source>
        <translation>Сохранить канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="143"/>
        <source>Your channel</source>
        <translation>Ваш канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="145"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="146"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="150"/>
        <source>average views of a post after %1 h</source>
        <translation>средние просмотры поста за %1 ч</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="164"/>
        <source>Reach per post, %1 h</source>
        <translation>Охват поста, %1 ч</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="176"/>
        <source>ERR (reach / subscribers)</source>
        <translation>ERR (охват / подписчики)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="183"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="184"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="185"/>
        <source>Reach used</source>
        <translation>Охват для расчёта</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="186"/>
        <source>Your CPM</source>
        <translation>Ваш CPM</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="187"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="201"/>
        <source>2 500 ₽, 2,5к, $30</source>
        <translation>2 500 ₽, 2,5к, $30</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="209"/>
        <source>Set price</source>
        <translation>Задать цену</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="218"/>
        <source>Your prices</source>
        <translation>Ваши цены</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="240"/>
        <source>Enter your channel and press Save.</source>
        <translation>Укажите свой канал и нажмите «Сохранить канал».</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="251"/>
        <source>computing…</source>
        <translation>вычисляется…</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="258"/>
        <source>measured: %1</source>
        <translation>измерено: %1</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="261"/>
        <source>measured: %1 (%2)</source>
        <translation>измерено: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="323"/>
        <source>Enter your channel&apos;s @username or name</source>
        <translation>Укажите @username или название своего канала</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="334"/>
        <source>Subscribers must be a whole number above 0</source>
        <translation>Подписчики — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="349"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="372"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../mychannel_view.py" line="377"/>
        <location filename="../mychannel_view.py" line="404"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
</context>
<context>
    <name>PriceBookArea</name>
    <message>
        <location filename="../pricebook_view.py" line="99"/>
        <source>Search channel, niche or note</source>
        <translation>Поиск по каналу, нише или примечанию</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="103"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="106"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="124"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="126"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="134"/>
        <source>Add quote…</source>
        <translation>Добавить цену…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="137"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="139"/>
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="142"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="145"/>
        <source>Import CSV/XLSX…</source>
        <translation>Импорт CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="147"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="149"/>
        <source>Fetch reach from Telegram</source>
        <translation>Получить охват из Telegram</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="151"/>
        <source>Track this channel</source>
        <translation>Отслеживать канал</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="183"/>
        <source>Fetch reach</source>
        <translation>Охват из Telegram</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="194"/>
        <source>No quotes yet. Add competitors&apos; prices with “Add quote…”, or bring in the spreadsheet you already keep with “Import CSV/XLSX…”.</source>
        <translation>Цен пока нет. Добавьте цены конкурентов кнопкой «Добавить цену…» или загрузите таблицу, которую вы уже ведёте, кнопкой «Импорт CSV/XLSX…».</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="233"/>
        <source>All formats</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="264"/>
        <source>Showing %1 of %2</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="266"/>
        <source>⚠ outliers: %1</source>
        <translation>⚠ выбросов: %1</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="292"/>
        <location filename="../pricebook_view.py" line="320"/>
        <source>Needs Telegram, which the demo does not connect.</source>
        <translation>Нужен Telegram, а демо к нему не подключается.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="294"/>
        <source>Sign in to Telegram first (menu Telegram → Sign in…).</source>
        <translation>Сначала войдите в Telegram (меню Telegram → Войти…).</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="296"/>
        <location filename="../pricebook_view.py" line="346"/>
        <source>Telegram is busy reading; try again when it finishes.</source>
        <translation>Telegram сейчас занят чтением; повторите, когда он закончит.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="298"/>
        <source>Select a quote first.</source>
        <translation>Сначала выберите цену.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="300"/>
        <source>The channel has no @username or Telegram id to look it up by.</source>
        <translation>У канала нет @username или id в Telegram, чтобы его найти.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="308"/>
        <source>Read the channel&apos;s recent posts and subscribers from Telegram and fill the quote&apos;s reach at its format&apos;s window.</source>
        <translation>Прочитать последние посты и подписчиков канала в Telegram и заполнить охват цены за окно её формата.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="325"/>
        <source>Refresh this channel&apos;s views with your own channel on the schedule.</source>
        <translation>Обновлять просмотры этого канала по расписанию вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="350"/>
        <source>Fetching reach from Telegram…</source>
        <translation>Получаю охват из Telegram…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="358"/>
        <source>Fetching the reach was cancelled; the quotes are unchanged.</source>
        <translation>Получение охвата отменено; цены не изменились.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="364"/>
        <source>Fetching the reach failed: %1</source>
        <translation>Не удалось получить охват: %1</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="381"/>
        <source>Reach fetched for %1 of %2 quotes.</source>
        <translation>Охват получен для цен: %1 из %2.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="398"/>
        <source>Too little data for the reach of %1 at %2 h: no recent post is that old yet. The quote is unchanged.</source>
        <translation>Слишком мало данных для охвата %1 за %2 ч: ни один недавний пост ещё не прожил столько. Цена не изменилась.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="405"/>
        <source>Reach of %1 at %2 h: %3 views (%4), saved as fetched.</source>
        <translation>Охват %1 за %2 ч: %3 просмотров (%4), сохранён как полученный.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="420"/>
        <source>Tracking %1: its views are refreshed with your channel.</source>
        <translation>%1 отслеживается: его просмотры обновляются вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="422"/>
        <source>No longer tracking %1.</source>
        <translation>%1 больше не отслеживается.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="494"/>
        <source>Edit quote</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="511"/>
        <source>Duplicate quote</source>
        <translation>Дублировать цену</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="531"/>
        <source>Import price book</source>
        <translation>Импорт прайса</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="533"/>
        <source>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="540"/>
        <source>Reading %1…</source>
        <translation>Читаю %1…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="565"/>
        <source>Importing %1 rows…</source>
        <translation>Импортирую строк: %1…</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="581"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="602"/>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="614"/>
        <source>The file has no “Channel” and “Price” columns (Канал, Цена). Columns found: %1</source>
        <translation>В файле нет столбцов «Канал» и «Цена» (Channel, Price). Найдены столбцы: %1</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="617"/>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="618"/>
        <source>The file cannot be read as CSV or XLSX: %1</source>
        <translation>Файл не читается как CSV или XLSX: %1</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="625"/>
        <source>Export price book</source>
        <translation>Экспорт прайса</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="627"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="635"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../pricebook_view.py" line="644"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../quote_form.py" line="133"/>
        <source>New quote</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="138"/>
        <source>@username, t.me link or channel name</source>
        <translation>@username, ссылка t.me или название канала</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="145"/>
        <source>1/24, 2/48, forever, native</source>
        <translation>1/24, 2/48, без удаления, натив</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="147"/>
        <source>1500, 1 500 ₽, 1,5к, $50</source>
        <translation>1500, 1 500 ₽, 1,5к, $50</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="152"/>
        <source>views a post collects over the format&apos;s window</source>
        <translation>просмотры поста за окно формата (24 ч для 1/24)</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="174"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="175"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="176"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="177"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="178"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="179"/>
        <source>Reach (views)</source>
        <translation>Охват (просмотры)</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="180"/>
        <source>Reach origin</source>
        <translation>Откуда охват</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="181"/>
        <source>Quote date</source>
        <translation>Дата цены</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="182"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="183"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="184"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="190"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="191"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="244"/>
        <source>Enter the channel&apos;s @username, link or name</source>
        <translation>Укажите @username, ссылку или название канала</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="247"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="267"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../quote_form.py" line="281"/>
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
        <location filename="../quote_model.py" line="79"/>
        <source>typed</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="80"/>
        <source>fetched</source>
        <translation>из Telegram</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="81"/>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="87"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="160"/>
        <source>Cost per thousand views: price / reach × 1000</source>
        <translation>Стоимость тысячи просмотров: цена / охват × 1000</translation>
    </message>
    <message>
        <location filename="../quote_model.py" line="186"/>
        <source>Outlier: this CPM is far from the niche&apos;s usual range</source>
        <translation>Выброс: этот CPM далеко от обычного для ниши</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../signin_dialog.py" line="168"/>
        <source>Sign in to Telegram</source>
        <translation>Вход в Telegram</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="191"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="227"/>
        <source>ChannelRate reads Telegram through your own API id and hash. Open &lt;a href=&quot;https://my.telegram.org/apps&quot;&gt;my.telegram.org&lt;/a&gt;, sign in with your phone, choose “API development tools”, create an application (any name) and paste its api_id and api_hash here. They stay on this computer.</source>
        <translation>ChannelRate читает Telegram через ваши собственные API id и hash. Откройте &lt;a href=&quot;https://my.telegram.org/apps&quot;&gt;my.telegram.org&lt;/a&gt;, войдите по номеру телефона, выберите «API development tools», создайте приложение (название любое) и вставьте сюда его api_id и api_hash. Они хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="241"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="245"/>
        <source>API id</source>
        <translation>API id</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="246"/>
        <source>API hash</source>
        <translation>API hash</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="255"/>
        <source>Enter the phone number of your Telegram account.</source>
        <translation>Введите номер телефона, к которому привязан ваш аккаунт Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="259"/>
        <source>Send code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="261"/>
        <source>Log in with a QR code instead</source>
        <translation>Войти по QR-коду</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="263"/>
        <source>Change API id / hash</source>
        <translation>Изменить API id / hash</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="267"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="282"/>
        <source>Telegram sent a login code to your Telegram app (or by SMS). Enter it here.</source>
        <translation>Telegram отправил код подтверждения в приложение Telegram (или по SMS). Введите его здесь.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="287"/>
        <location filename="../signin_dialog.py" line="318"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="289"/>
        <source>Send a new code</source>
        <translation>Отправить код ещё раз</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="291"/>
        <source>Change number</source>
        <translation>Изменить номер</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="295"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="311"/>
        <source>Your account has two-step verification. Enter your cloud password (not the login code).</source>
        <translation>В аккаунте включена двухэтапная аутентификация. Введите облачный пароль (не код подтверждения).</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="321"/>
        <source>Password</source>
        <translation>Облачный пароль</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="332"/>
        <source>On your phone open Telegram → Settings → Devices → Link Desktop Device, and scan this code.</source>
        <translation>На телефоне откройте Telegram → Настройки → Устройства → Подключить устройство и отсканируйте этот код.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="340"/>
        <source>Use the phone number instead</source>
        <translation>Войти по номеру телефона</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="382"/>
        <source>API id is empty. Copy it from my.telegram.org → API development tools.</source>
        <translation>API id не указан. Скопируйте его с my.telegram.org → API development tools.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="384"/>
        <source>API id must be a whole number, such as 1234567.</source>
        <translation>API id — целое число, например 1234567.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="387"/>
        <source>API hash is empty. Copy it from my.telegram.org → API development tools.</source>
        <translation>API hash не указан. Скопируйте его с my.telegram.org → API development tools.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="390"/>
        <source>API hash must be 32 characters of digits and letters a–f, as shown on my.telegram.org.</source>
        <translation>API hash — 32 символа из цифр и букв a–f, как на my.telegram.org.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="405"/>
        <source>A new code was sent.</source>
        <translation>Новый код отправлен.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="417"/>
        <source>Enter the code Telegram sent you.</source>
        <translation>Введите код, который прислал Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="434"/>
        <source>Enter your cloud password.</source>
        <translation>Введите облачный пароль.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="450"/>
        <source>Preparing the QR code…</source>
        <translation>Готовлю QR-код…</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="475"/>
        <source>Signed in as %1.</source>
        <translation>Вы вошли как %1.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="478"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="487"/>
        <location filename="../signin_dialog.py" line="501"/>
        <source>Talking to Telegram…</source>
        <translation>Связываюсь с Telegram…</translation>
    </message>
</context>
<context>
    <name>SuggestionArea</name>
    <message>
        <location filename="../suggestion_view.py" line="48"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="49"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="50"/>
        <source>trimmed mean (10 %)</source>
        <translation>усечённое среднее (10 %)</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="51"/>
        <source>weighted by reach</source>
        <translation>взвешенное по охвату</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="57"/>
        <source>Caught buying views or subscribers</source>
        <translation>Замечен в накрутке просмотров или подписчиков</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="60"/>
        <source>Often in mega-compilations</source>
        <translation>Часто в мегаподборках</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="63"/>
        <source>Better placement terms</source>
        <translation>Условия размещения лучше обычных</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="64"/>
        <source>Growing through bought ads</source>
        <translation>Канал под закупами (растёт на рекламе)</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="65"/>
        <source>Narrow niche, few competitors</source>
        <translation>Узкая ниша, мало конкурентов</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="141"/>
        <source>Leave outliers out of the statistics</source>
        <translation>Не учитывать выбросы</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="144"/>
        <source>views of your post over the format&apos;s window</source>
        <translation>просмотры вашего поста за окно формата</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="151"/>
        <source>What to price</source>
        <translation>Что оцениваем</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="153"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="154"/>
        <source>Niche CPM</source>
        <translation>CPM ниши</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="156"/>
        <source>Your reach</source>
        <translation>Ваш охват</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="164"/>
        <source>Adjustments</source>
        <translation>Поправки</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="183"/>
        <source>From 0 to %1 %</source>
        <translation>От 0 до %1 %</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="207"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="225"/>
        <source>Suggested price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="313"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="327"/>
        <source>Set up your channel on “My channel” first.</source>
        <translation>Сначала заполните вкладку «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="336"/>
        <source>Computing your reach…</source>
        <translation>Вычисляем ваш охват…</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="347"/>
        <source>From %1 posts, %2 h window: %3</source>
        <translation>По %1 постам, окно %2 ч: %3</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="356"/>
        <source>Typed on “My channel” (%1 h window)</source>
        <translation>Введено на вкладке «Мой канал» (окно %1 ч)</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="359"/>
        <source>Typed on “My channel” for %1 h; no %2 h figure</source>
        <translation>Введено на вкладке «Мой канал» для %1 ч; за %2 ч охвата нет</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="366"/>
        <source>Type your reach or fill in “My channel”.</source>
        <translation>Введите охват или заполните «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="430"/>
        <source>Views must be a whole number above 0</source>
        <translation>Просмотры — целое число больше 0</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="469"/>
        <source>No statistics for this format: %1</source>
        <translation>Нет статистики для этого формата: %1</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="473"/>
        <source>No quotes with a reach in this niche yet: add some on “Price book”.</source>
        <translation>В этой нише пока нет цен с охватом: добавьте их в «Прайс конкурентов».</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="488"/>
        <source>Too few quotes to trust: only %1 of format %2 (at least %3 needed). Compared with all %4 quotes of the niche instead.</source>
        <translation>Слишком мало цен для надёжного вывода: формата %2 всего %1 (нужно не меньше %3). Вместо них сравнили со всеми ценами ниши (%4).</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="493"/>
        <source>Too few quotes to trust: only %1 of format %2 (at least %3 needed). Compared with the %4 quotes counted over the same %5 h window instead.</source>
        <translation>Слишком мало цен для надёжного вывода: формата %2 всего %1 (нужно не меньше %3). Вместо них сравнили с ценами с тем же окном охвата %5 ч (%4).</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="513"/>
        <source>Quotes compared</source>
        <translation>Цен в сравнении</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="514"/>
        <source>Mean CPM</source>
        <translation>Средний CPM</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="515"/>
        <source>Median CPM</source>
        <translation>Медианный CPM</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="516"/>
        <source>P25–P75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="517"/>
        <source>Trimmed mean / weighted</source>
        <translation>Усечённое среднее / взвешенный</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="519"/>
        <source>Outliers</source>
        <translation>Выбросы</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="521"/>
        <source>%1, left out</source>
        <translation>%1, не учтены</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="521"/>
        <source>%1, included</source>
        <translation>%1, учтены</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="528"/>
        <source>Not used</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="529"/>
        <source>%1 without reach, %2 in other currencies</source>
        <translation>без охвата — %1, в других валютах — %2</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="542"/>
        <source>Enter your reach to get a price.</source>
        <translation>Введите охват, чтобы получить цену.</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="548"/>
        <source>Fair range %1 – %2 (niche P25–P75 CPM)</source>
        <translation>Справедливый диапазон %1 – %2 (CPM ниши P25–P75)</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="556"/>
        <source>Your price %1 gives CPM %2: cheaper than %3 % of the niche.</source>
        <translation>Ваша цена %1 даёт CPM %2: дешевле, чем у %3 % ниши.</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="565"/>
        <source>Your price for %1 (%2) is in %3, the niche&apos;s quotes are in %4: CPMs in different currencies are not compared.</source>
        <translation>Ваша цена на %1 (%2) — в %3, а цены ниши — в %4: CPM в разных валютах не сравниваются.</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="575"/>
        <source>No own price for %1 yet: set one on “My channel”.</source>
        <translation>Вашей цены на %1 пока нет: задайте её на вкладке «Мой канал».</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="586"/>
        <source>Niche %1 CPM %2 × your reach %3 / 1000 = %4</source>
        <translation>CPM ниши (%1) %2 × ваш охват %3 / 1000 = %4</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="600"/>
        <source>Why this price</source>
        <translation>Почему такая цена</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="247"/>
        <source>Your CPM vs niche</source>
        <translation>Ваш CPM и ниша</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="248"/>
        <source>Reach vs price</source>
        <translation>Охват и цена</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="249"/>
        <source>CPM distribution</source>
        <translation>Распределение CPM</translation>
    </message>
    <message>
        <location filename="../suggestion_view.py" line="405"/>
        <source>“%1” accepts 0 to %2 %: %3 % is counted as %2 %.</source>
        <translation>«%1»: от 0 до %2 %; %3 % считается как %2 %.</translation>
    </message>
</context>
<context>
    <name>Telegram</name>
    <message>
        <location filename="../signin_dialog.py" line="45"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="50"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="53"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="57"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="63"/>
        <source>Telegram asks to wait %1 before trying again.</source>
        <translation>Telegram просит подождать %1 перед следующей попыткой.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="67"/>
        <source>Enter your Telegram API id and hash first.</source>
        <translation>Сначала введите API id и hash для Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="70"/>
        <source>Telegram rejected this API id / hash. Check them on my.telegram.org (API development tools) and enter them again.</source>
        <translation>Telegram не принял эти API id / hash. Проверьте их на my.telegram.org (API development tools) и введите заново.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="75"/>
        <source>Telegram could not be reached. Check the internet connection; stored data still works offline.</source>
        <translation>Не удалось связаться с Telegram. Проверьте подключение к интернету; сохранённые данные доступны и без сети.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="80"/>
        <source>The Telegram session has ended. Sign in again; your data is kept.</source>
        <translation>Сеанс Telegram завершён. Войдите снова — ваши данные сохранены.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="83"/>
        <source>This phone number is not valid. Enter it in international format, for example +7 999 123-45-67.</source>
        <translation>Неверный номер телефона. Введите его в международном формате, например +7 999 123-45-67.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="88"/>
        <source>Telegram has banned this phone number; it cannot be used to sign in.</source>
        <translation>Telegram заблокировал этот номер телефона; с ним нельзя войти.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="91"/>
        <source>There is no Telegram account with this phone number.</source>
        <translation>С этим номером телефона нет аккаунта Telegram.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="94"/>
        <source>Too many sign-in attempts with this number. Try again later.</source>
        <translation>Слишком много попыток входа с этим номером. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="97"/>
        <source>Telegram cannot send a new code now. Wait for the code already sent, or try again later.</source>
        <translation>Telegram сейчас не может прислать новый код. Дождитесь уже отправленного кода или попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="102"/>
        <source>Telegram had a problem answering. Try again in a moment.</source>
        <translation>У Telegram возникла проблема с ответом. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="105"/>
        <source>Something went wrong talking to Telegram. Try again.</source>
        <translation>Что-то пошло не так при обмене с Telegram. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="108"/>
        <source>The code is wrong. Check it and try again.</source>
        <translation>Неверный код. Проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="111"/>
        <source>The code has expired. Press “Send a new code” and enter the new one.</source>
        <translation>Срок действия кода истёк. Нажмите «Отправить код ещё раз» и введите новый.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="114"/>
        <source>The password is wrong. Try again.</source>
        <translation>Неверный облачный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="117"/>
        <source>The QR code expired; a new one is shown.</source>
        <translation>QR-код устарел — показан новый.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="120"/>
        <source>No channel has this username.</source>
        <translation>Канала с таким username нет.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="123"/>
        <source>This is not a valid channel username or link.</source>
        <translation>Это не похоже на username или ссылку канала.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="126"/>
        <source>This channel is private: join it in Telegram first (or the invite link expired).</source>
        <translation>Это закрытый канал: сначала вступите в него в Telegram (или ссылка-приглашение устарела).</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="130"/>
        <source>This channel is not available: it is blocked or you were banned from it.</source>
        <translation>Канал недоступен: он заблокирован или вас в нём забанили.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="133"/>
        <source>This is a user or a group, not a channel.</source>
        <translation>Это пользователь или группа, а не канал.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="136"/>
        <source>You are not an administrator of this channel.</source>
        <translation>Вы не администратор этого канала.</translation>
    </message>
    <message>
        <location filename="../signin_dialog.py" line="143"/>
        <source>Telegram reported an error: %1</source>
        <translation>Telegram сообщил об ошибке: %1</translation>
    </message>
</context>
<context>
    <name>TelegramPanel</name>
    <message>
        <location filename="../telegram_panel.py" line="133"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="143"/>
        <source>&amp;Telegram</source>
        <translation>&amp;Telegram</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="144"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="145"/>
        <source>Choose my channel…</source>
        <translation>Выбрать свой канал…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="146"/>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="147"/>
        <source>Refresh every</source>
        <translation>Обновлять каждые</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="159"/>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="168"/>
        <source>Demo: Telegram not connected</source>
        <translation>Демо: Telegram не подключён</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="208"/>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="209"/>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="210"/>
        <source>2 hours (default)</source>
        <translation>2 часа (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="211"/>
        <source>6 hours</source>
        <translation>6 часов</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="212"/>
        <source>12 hours</source>
        <translation>12 часов</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="213"/>
        <source>Off</source>
        <translation>Не обновлять</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="228"/>
        <source>Log out of Telegram</source>
        <translation>Выход из Telegram</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="230"/>
        <source>Log out of Telegram on this computer? The session file is deleted; everything already fetched stays.</source>
        <translation>Выйти из Telegram на этом компьютере? Файл сеанса будет удалён; всё, что уже загружено, останется.</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="262"/>
        <source>Telegram: not set up</source>
        <translation>Telegram: не настроен</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="263"/>
        <source>Telegram: not signed in</source>
        <translation>Telegram: вход не выполнен</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="264"/>
        <source>Telegram: connecting…</source>
        <translation>Telegram: подключение…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="265"/>
        <source>Telegram: not connected</source>
        <translation>Telegram: нет связи</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="266"/>
        <source>Telegram: reading…</source>
        <translation>Telegram: загрузка…</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="267"/>
        <source>Telegram: waiting</source>
        <translation>Telegram: ожидание</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="272"/>
        <source>Telegram: connected as %1</source>
        <translation>Telegram: подключён как %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="274"/>
        <source>Telegram: connected</source>
        <translation>Telegram: подключён</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="285"/>
        <source>Subscribers of %1</source>
        <translation>Подписчики %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="286"/>
        <source>Posts of %1</source>
        <translation>Посты канала %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="287"/>
        <source>Views of %1</source>
        <translation>Просмотры канала %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="300"/>
        <source>Telegram asks to wait %1; the fetch resumes by itself</source>
        <translation>Telegram просит подождать %1; загрузка продолжится сама</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="321"/>
        <source>The refresh failed. %1</source>
        <translation>Обновление не удалось. %1</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="326"/>
        <source>the channel is private now</source>
        <translation>канал теперь закрытый</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="327"/>
        <source>the channel is blocked or you were banned from it</source>
        <translation>канал заблокирован или вас в нём забанили</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="328"/>
        <location filename="../telegram_panel.py" line="329"/>
        <source>no channel has this username any more</source>
        <translation>канала с таким именем больше нет</translation>
    </message>
    <message>
        <location filename="../telegram_panel.py" line="330"/>
        <source>this is no longer a channel</source>
        <translation>это больше не канал</translation>
    </message>
</context>
<context>
    <name>VettingArea</name>
    <message>
        <location filename="../vetting_view.py" line="467"/>
        <source>@username or https://t.me/…</source>
        <translation>@username или https://t.me/…</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="471"/>
        <source>2 500 ₽, 2,5к, $30</source>
        <translation>2 500 ₽, 2,5к, $30</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="480"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="484"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="502"/>
        <location filename="../vetting_view.py" line="550"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="503"/>
        <source>Quoted price</source>
        <translation>Цена размещения</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="504"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="505"/>
        <source>Niche</source>
        <translation>Ниша</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="540"/>
        <source>Add to price book</source>
        <translation>Добавить в прайс</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="548"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="551"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="553"/>
        <source>CPM of the quote</source>
        <translation>CPM по этой цене</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="554"/>
        <source>Verdict</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="559"/>
        <source>In short</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="583"/>
        <source>Are the views real?</source>
        <translation>Просмотры живые?</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="627"/>
        <source>All niches</source>
        <translation>Все ниши</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="668"/>
        <source>Not a Telegram channel: use @username or a t.me link</source>
        <translation>Это не канал Telegram: укажите @username или ссылку t.me</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="672"/>
        <source>native</source>
        <translation>натив</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="715"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="717"/>
        <source>Fetching %1 from Telegram…</source>
        <translation>Загружаю %1 из Telegram…</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="795"/>
        <source>Subscribers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="796"/>
        <source>Posts</source>
        <translation>Посты</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="422"/>
        <location filename="../vetting_view.py" line="797"/>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="83"/>
        <source>no posts with views</source>
        <translation>нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="89"/>
        <source>Views per subscriber (ERR)</source>
        <translation>Просмотры на подписчика (ERR)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="90"/>
        <source>24-hour reach per subscriber (ERR24)</source>
        <translation>Охват за 24 часа на подписчика (ERR24)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="91"/>
        <source>Post-to-post variation</source>
        <translation>Разброс просмотров между постами</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="92"/>
        <source>Reach without engagement</source>
        <translation>Охват без вовлечённости</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="93"/>
        <source>Views of the youngest posts</source>
        <translation>Просмотры самых свежих постов</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="94"/>
        <source>Engagement per view against views</source>
        <translation>Вовлечённость на просмотр против просмотров</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="95"/>
        <source>Views in the first hour</source>
        <translation>Просмотры в первый час</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="96"/>
        <source>Identical early views</source>
        <translation>Одинаковые ранние просмотры</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="97"/>
        <source>Subscriber jumps</source>
        <translation>Скачки подписчиков</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="98"/>
        <source>Share of ads</source>
        <translation>Доля рекламы</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="99"/>
        <source>Not enough data</source>
        <translation>Мало данных</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="105"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="106"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="107"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="113"/>
        <source>cheap</source>
        <translation>дёшево</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="114"/>
        <source>fair</source>
        <translation>в рынке</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="115"/>
        <source>overpriced</source>
        <translation>дорого</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="157"/>
        <source>ERR not computed: no posts older than a day or no subscriber count.</source>
        <translation>ERR не рассчитан: нет постов старше суток или неизвестно число подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="161"/>
        <source>Posts are seen by %1 of subscribers on average (ERR; above %2): more views than subscribers, usual only for viral content or bought views.</source>
        <translation>Пост в среднем видят %1 подписчиков (ERR; выше %2): просмотров больше, чем подписчиков, — так бывает только у вирусного контента или при накрутке просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="167"/>
        <source>Posts are seen by %1 of subscribers on average (ERR; at or below %2).</source>
        <translation>Пост в среднем видят %1 подписчиков (ERR; не выше %2).</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="174"/>
        <source>ERR24 not computed: no 24-hour reach or no subscriber count.</source>
        <translation>ERR24 не рассчитан: нет охвата за 24 часа или неизвестно число подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="178"/>
        <source>In the first 24 hours a post reaches %1 of subscribers (ERR24; below %2): the audience looks inactive or partly bought.</source>
        <translation>За первые 24 часа пост охватывает %1 подписчиков (ERR24; ниже %2): аудитория неактивна или частично накручена.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="184"/>
        <source>In the first 24 hours a post reaches %1 of subscribers (ERR24; at or above %2).</source>
        <translation>За первые 24 часа пост охватывает %1 подписчиков (ERR24; не ниже %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="191"/>
        <source>Post-to-post variation not computed: %n posts older than two days (%1 needed).</source>
        <translation>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n пост (нужно %1).</numerusform>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n поста (нужно %1).</numerusform>
            <numerusform>Разброс между постами не рассчитан: старше двух суток всего %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="199"/>
        <source>Views hardly differ from post to post (variation %1, below %2; real audiences vary %3–%4): typical of bought view packages.</source>
        <translation>Просмотры почти одинаковы от поста к посту (разброс %1, ниже %2; у живой аудитории %3–%4): так выглядят купленные пакеты просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="207"/>
        <source>Views vary naturally from post to post (variation %1, at or above %2).</source>
        <translation>Просмотры естественно различаются от поста к посту (разброс %1, не ниже %2).</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="213"/>
        <source>Reach versus engagement not computed: no posts older than a day with views.</source>
        <translation>Охват и вовлечённость не сопоставлены: нет постов старше суток с просмотрами.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="219"/>
        <source>Posts collect %1 views per subscriber (unusually many, threshold %2) but only %3 forwards and reactions per 1000 views (below %4): the views look hollow.</source>
        <translation>Посты набирают %1 просмотра на подписчика (необычно много, порог %2), но всего %3 репоста и реакции на 1000 просмотров (меньше %4): просмотры выглядят пустыми.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="225"/>
        <source>%1 views per subscriber and %2 forwards and reactions per 1000 views: reach and engagement fit together.</source>
        <translation>%1 просмотра на подписчика и %2 репоста и реакции на 1000 просмотров: охват и вовлечённость согласуются.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="235"/>
        <source>Young posts not compared: %n posts younger than %1 hours (%2 needed) and too few of one to seven days.</source>
        <translation>
            <numerusform>Свежие посты не сравнить: %n пост моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
            <numerusform>Свежие посты не сравнить: %n поста моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
            <numerusform>Свежие посты не сравнить: %n постов моложе %1 ч (нужно %2) и мало постов возрастом от суток до недели.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="244"/>
        <source>The %n posts younger than %1 hours already have a median %2 of the views the channel&apos;s older posts had after a day (at or above %3): real readers take a day to arrive, bought views come at once.</source>
        <translation>
            <numerusform>У %n поста моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
            <numerusform>У %n постов моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
            <numerusform>У %n постов моложе %1 ч уже в медиане %2 просмотров, которые старые посты канала набирали за сутки (не ниже %3): живые читатели приходят в течение суток, купленные просмотры — сразу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="253"/>
        <source>The %n posts younger than %1 hours have a median %2 of the views the channel&apos;s older posts had after a day (below %3).</source>
        <translation>
            <numerusform>У %n поста моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
            <numerusform>У %n постов моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
            <numerusform>У %n постов моложе %1 ч в медиане %2 просмотров, которые старые посты канала набирали за сутки (ниже %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="263"/>
        <source>Engagement against views not compared: %n posts older than two days (%1 needed) with %2 forwards and reactions (%3 needed).</source>
        <translation>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n пост (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n поста (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
            <numerusform>Вовлечённость и просмотры не сравнить: старше двух суток %n постов (нужно %1), репостов и реакций у них %2 (нужно %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="277"/>
        <source>Posts with more views get more forwards and reactions per view (slope %1, above %2; real audiences about 0): bought views bring no engagement and dilute the weaker posts most.</source>
        <translation>У постов с большим числом просмотров больше репостов и реакций на просмотр (наклон %1, выше %2; у живой аудитории около 0): купленные просмотры не дают вовлечённости и сильнее всего разбавляют слабые посты.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="284"/>
        <source>Forwards and reactions per view do not rise with a post&apos;s views (slope %1, at or below %2).</source>
        <translation>Репостов и реакций на просмотр не становится больше с ростом просмотров поста (наклон %1, не выше %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="293"/>
        <source>Views by hour not computed: %n posts with a snapshot in their first two hours and one after 12 hours (%1 needed).</source>
        <translation>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n поста (нужно %1).</numerusform>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n постов (нужно %1).</numerusform>
            <numerusform>Просмотры по часам не рассчитаны: замеры в первые два часа и после 12 часов есть только у %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="302"/>
        <source>In %n posts, a median %1 of the first day&apos;s views arrived in the first hour (at or above %2): real readers arrive over many hours, view bots at once.</source>
        <translation>
            <numerusform>В %n посте медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (не ниже %2): живые читатели приходят в течение многих часов, боты — сразу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="310"/>
        <source>In %n posts, a median %1 of the first day&apos;s views arrived in the first hour (below %2).</source>
        <translation>
            <numerusform>В %n посте медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
            <numerusform>В %n постах медианно %1 просмотров первых суток пришли за первый час (ниже %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="320"/>
        <source>Early and late views not compared: %n posts with a snapshot before 8 hours and one after 36 hours (%1 needed).</source>
        <translation>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n поста (нужно %1).</numerusform>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n постов (нужно %1).</numerusform>
            <numerusform>Ранние и поздние просмотры не сравнить: замеры до 8 часов и после 36 часов есть только у %n постов (нужно %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="331"/>
        <source>Views of the first 6 hours are almost the same on every post (variation %1) while later views vary naturally (%2); a ratio of %3, below %4, is the mark of a fixed package of bought views.</source>
        <translation>Просмотры за первые 6 часов почти одинаковы на каждом посте (разброс %1), а более поздние различаются естественно (%2); соотношение %3, ниже %4, — признак фиксированного пакета купленных просмотров.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="338"/>
        <source>Views of the first 6 hours vary from post to post (variation %1) much like later views (%2; ratio %3, at or above %4).</source>
        <translation>Просмотры за первые 6 часов различаются от поста к посту (разброс %1) почти как более поздние (%2; соотношение %3, не ниже %4).</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="346"/>
        <source>Subscriber jumps not checked: no subscriber history.</source>
        <translation>Скачки подписчиков не проверены: нет истории числа подписчиков.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="348"/>
        <source>No subscriber jump of %1 or more within %n days.</source>
        <translation>
            <numerusform>Скачков подписчиков на %1 и больше за %n день не было.</numerusform>
            <numerusform>Скачков подписчиков на %1 и больше за %n дня не было.</numerusform>
            <numerusform>Скачков подписчиков на %1 и больше за %n дней не было.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="357"/>
        <source>Subscribers jumped by %1 around %2; too few posts around it to tell whether reach grew with them.</source>
        <translation>Около %2 подписчиков стало больше на %1; постов до и после слишком мало, чтобы понять, вырос ли вместе с ними охват.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="365"/>
        <source>Subscribers jumped by %1 around %2 but reach changed by %3: the new subscribers do not read – likely bought.</source>
        <translation>Около %2 подписчиков стало больше на %1, а охват изменился на %3: новые подписчики не читают — скорее всего, накрутка.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="371"/>
        <source>Subscribers jumped by %1 around %2 and reach grew by %3 with them: a real promotion.</source>
        <translation>Около %2 подписчиков стало больше на %1, и охват вырос вместе с ними на %3: это настоящий закуп рекламы.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="379"/>
        <source>Share of ads not computed: no recent posts.</source>
        <translation>Доля рекламы не рассчитана: нет свежих постов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="383"/>
        <source>%1 of %n recent posts are ads (%2; above %3): readers see more ads than content, which wears the audience out.</source>
        <translation>
            <numerusform>Реклама — %1 из %n последнего поста (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; больше %3): читатели видят больше рекламы, чем контента, и аудитория выгорает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="391"/>
        <source>%1 of %n recent posts are ads (%2; at or below %3).</source>
        <translation>
            <numerusform>Реклама — %1 из %n последнего поста (%2; не больше %3).</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; не больше %3).</numerusform>
            <numerusform>Реклама — %1 из %n последних постов (%2; не больше %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="398"/>
        <source>Not enough data to judge the channel: %1 non-ad posts in the last %n days (at least %2 needed) and no subscriber count.</source>
        <translation>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последний %n день — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дня — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дней — %1 (нужно не меньше %2), и неизвестно число подписчиков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="406"/>
        <source>Not enough data to judge the channel: %1 non-ad posts in the last %n days (at least %2 needed).</source>
        <translation>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последний %n день — %1 (нужно не меньше %2).</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дня — %1 (нужно не меньше %2).</numerusform>
            <numerusform>Мало данных для оценки канала: нерекламных постов за последние %n дней — %1 (нужно не меньше %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="421"/>
        <source>Post age, hours</source>
        <translation>Возраст поста, часы</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="423"/>
        <source>Published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="424"/>
        <source>Views by post age</source>
        <translation>Просмотры по возрасту поста</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="425"/>
        <source>Views of recent posts</source>
        <translation>Просмотры последних постов</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="426"/>
        <source>Posts ({count})</source>
        <translation>Посты ({count})</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="427"/>
        <source>Typical post (channel curve)</source>
        <translation>Типичный пост (кривая канала)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="428"/>
        <source>{hours} h window</source>
        <translation>Окно {hours} ч</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="429"/>
        <source>Ads</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="430"/>
        <source>Reach at {hours} h: {value}</source>
        <translation>Охват за {hours} ч: {value}</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="431"/>
        <source>No posts with views yet</source>
        <translation>Пока нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="552"/>
        <source>Reach the price needs</source>
        <translation>Охват, нужный для цены</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="560"/>
        <source>Track this channel</source>
        <translation>Отслеживать канал</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="758"/>
        <location filename="../vetting_view.py" line="760"/>
        <source>Computing…</source>
        <translation>Вычисляем…</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="791"/>
        <source>The check failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="817"/>
        <source>Telegram is not set up</source>
        <translation>Telegram не настроен</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="818"/>
        <source>not signed in to Telegram</source>
        <translation>вход в Telegram не выполнен</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="819"/>
        <source>the fetch was cancelled</source>
        <translation>загрузка отменена</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="820"/>
        <source>Telegram could not be reached</source>
        <translation>нет связи с Telegram</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="821"/>
        <source>Telegram knows no such channel</source>
        <translation>в Telegram нет такого канала</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="822"/>
        <source>the channel is private</source>
        <translation>канал закрытый</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="823"/>
        <source>the link is not a channel</source>
        <translation>ссылка ведёт не на канал</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="824"/>
        <source>the username is not valid</source>
        <translation>недопустимый username</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="825"/>
        <source>the channel is blocked for this account</source>
        <translation>канал недоступен для этого аккаунта</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="826"/>
        <source>Telegram asked to wait</source>
        <translation>Telegram попросил подождать</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="827"/>
        <source>Telegram rejected the API id / hash</source>
        <translation>Telegram не принял API id / hash</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="829"/>
        <source>Telegram error %1</source>
        <translation>ошибка Telegram %1</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="831"/>
        <source>Fresh data from Telegram.</source>
        <translation>Свежие данные из Telegram.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="833"/>
        <source>No stored posts for this channel</source>
        <translation>По этому каналу нет сохранённых постов</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="842"/>
        <source>Stored data as of %1</source>
        <translation>Сохранённые данные на %1</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="849"/>
        <source>The data is more than two days old: refresh before paying.</source>
        <translation>Данным больше двух суток: обновите их перед оплатой.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="874"/>
        <source>Paste a channel link, the quoted price and format, then press Check.</source>
        <translation>Вставьте ссылку на канал, цену размещения и формат и нажмите «Проверить».</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="885"/>
        <source>%Ln subscribers</source>
        <translation>
            <numerusform>%Ln подписчик</numerusform>
            <numerusform>%Ln подписчика</numerusform>
            <numerusform>%Ln подписчиков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="892"/>
        <source>typed in the price book</source>
        <translation>введён в прайс-листе</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="893"/>
        <source>fetched into the price book</source>
        <translation>получен в прайс-лист из Telegram</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="894"/>
        <source>estimated in the price book</source>
        <translation>оценён в прайс-листе</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="899"/>
        <source>%Ln views in %1 h (%2 on %3; no stored posts to check it)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2 %3; нет сохранённых постов, чтобы его проверить)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="910"/>
        <source>%Ln views in %1 h (%2)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="918"/>
        <source>%Ln views in %1 h (%2; %3 posts)</source>
        <translation>
            <numerusform>%Ln просмотр за %1 ч (%2; постов: %3)</numerusform>
            <numerusform>%Ln просмотра за %1 ч (%2; постов: %3)</numerusform>
            <numerusform>%Ln просмотров за %1 ч (%2; постов: %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="925"/>
        <source>unknown: no posts with views in the last 30 days</source>
        <translation>неизвестен: за последние 30 дней нет постов с просмотрами</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="929"/>
        <source>%1 per 1000 views (%2 for %3)</source>
        <translation>%1 за 1000 просмотров (%2 за %3)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="935"/>
        <source>— (needs the reach)</source>
        <translation>— (нужен охват)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="948"/>
        <source>The price is cheap for the niche.</source>
        <translation>Цена ниже рынка ниши.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="949"/>
        <source>The price is fair for the niche.</source>
        <translation>Цена в рынке ниши.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="950"/>
        <source>The price is above the niche.</source>
        <translation>Цена выше рынка ниши.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="951"/>
        <source>The price cannot be judged yet.</source>
        <translation>Цену пока не с чем сравнить.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="953"/>
        <source>Too little data to judge the views.</source>
        <translation>Для оценки просмотров мало данных.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="955"/>
        <source>But the views look bought: the real CPM may be far higher.</source>
        <translation>Но просмотры похожи на накрутку: реальный CPM может быть намного выше.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="957"/>
        <source>Some warning signs about the views: read them before paying.</source>
        <translation>С просмотрами есть тревожные признаки: изучите их перед оплатой.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="959"/>
        <source>The views look real.</source>
        <translation>Просмотры выглядят живыми.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="967"/>
        <location filename="../vetting_view.py" line="986"/>
        <source>— (no quotes with a reach in this niche and currency)</source>
        <translation>— (в этой нише и валюте нет цен с охватом)</translation>
    </message>
    <message numerus="yes">
        <location filename="../vetting_view.py" line="971"/>
        <source>%Ln views (%1 ÷ niche CPM %2 × 1000)</source>
        <translation>
            <numerusform>%Ln просмотр (%1 ÷ CPM ниши %2 × 1000)</numerusform>
            <numerusform>%Ln просмотра (%1 ÷ CPM ниши %2 × 1000)</numerusform>
            <numerusform>%Ln просмотров (%1 ÷ CPM ниши %2 × 1000)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="977"/>
        <source>the reach is %1 of it</source>
        <translation>охват составляет %1 от него</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="996"/>
        <source>dearer than %1 % of %2 niche quotes</source>
        <translation>дороже %1 % из %2 цен ниши</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1003"/>
        <source>Cheap below P25 = %1 · fair from P25 to P75 = %2 · overpriced above P75.</source>
        <translation>Дёшево — ниже P25 = %1 · в рынке — от P25 до P75 = %2 · дорого — выше P75.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1007"/>
        <source>Niche median CPM %1.</source>
        <translation>Медианный CPM ниши %1.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1010"/>
        <source>Outliers left out: %1.</source>
        <translation>Выбросы не учтены: %1.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1012"/>
        <source>Outliers included: %1.</source>
        <translation>Выбросы учтены: %1.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1017"/>
        <source>Too few quotes of this format: similar formats are compared.</source>
        <translation>Цен этого формата слишком мало: сравнение с похожими форматами.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1032"/>
        <source>Risk of bought views: %1 (%2 strong and %3 weak signs)</source>
        <translation>Риск накрутки: %1 (сильных признаков: %2, слабых: %3)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1038"/>
        <source>Rule: high when one strong sign is far past its threshold, or two strong signs fire, or one strong and two weak; medium when one strong or two weak signs fire.</source>
        <translation>Правило: высокий, когда один сильный признак далеко за порогом, или сработали два сильных, или один сильный и два слабых; средний, когда сработал один сильный или два слабых.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1046"/>
        <source>Far past its threshold: %1.</source>
        <translation>Далеко за порогом: %1.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1055"/>
        <source>One reading per post (no tracked history): the signs marked “needs tracking” were not checked. Track the channel for a few days to check them and sharpen the others.</source>
        <translation>По одному замеру на пост (без истории отслеживания): признаки с пометкой «нужно отслеживание» не проверены. Отслеживайте канал несколько дней, чтобы проверить их и уточнить остальные.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1078"/>
        <source>%1 (threshold %2; far past %3)</source>
        <translation>%1 (порог %2; далеко за порогом — %3)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1090"/>
        <source>needs tracking</source>
        <translation>нужно отслеживание</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1095"/>
        <source>strong, far past</source>
        <translation>сильный, далеко за порогом</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1239"/>
        <source>The form has changed: this result is for the previous input. Press Check.</source>
        <translation>Форма изменилась: этот результат относится к прежним данным. Нажмите «Проверить».</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1244"/>
        <source>Saved to the price book.</source>
        <translation>Сохранено в прайс.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1246"/>
        <source>Already in the price book (saved %1).</source>
        <translation>Уже есть в прайсе (сохранено %1).</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1263"/>
        <source>Needs Telegram, which the demo does not connect.</source>
        <translation>Нужен Telegram, а демо к нему не подключается.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1265"/>
        <source>Check a channel first: it is tracked once it is known.</source>
        <translation>Сначала проверьте канал: отслеживать можно известный канал.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1267"/>
        <source>Your own channel is always refreshed.</source>
        <translation>Ваш канал обновляется всегда.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1270"/>
        <source>Refresh this channel&apos;s views with your own channel on the schedule.</source>
        <translation>Обновлять просмотры этого канала по расписанию вместе с вашим каналом.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1085"/>
        <source>%1 (threshold %2)</source>
        <translation>%1 (порог %2)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1091"/>
        <source>strong</source>
        <translation>сильный</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1091"/>
        <source>weak</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1121"/>
        <source>the channel&apos;s recent posts</source>
        <translation>недавних постов канала</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1124"/>
        <source>more recent posts (%1 of the %2 needed)</source>
        <translation>недавних постов (есть %1 из нужных %2)</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1129"/>
        <source>the subscriber count</source>
        <translation>числа подписчиков</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1131"/>
        <source>a few days of tracked views and subscribers</source>
        <translation>истории просмотров и подписчиков за несколько дней</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1137"/>
        <source>Sign in to Telegram (Telegram → Sign in…), then press Check to fetch the channel&apos;s posts and subscribers.</source>
        <translation>Войдите в Telegram (Telegram → Войти…) и нажмите «Проверить», чтобы загрузить посты и подписчиков канала.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1142"/>
        <source>Press Check again to fetch the channel&apos;s posts and subscribers.</source>
        <translation>Нажмите «Проверить» ещё раз, чтобы загрузить посты и подписчиков канала.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1144"/>
        <source>The channel has too few recent posts on Telegram to judge.</source>
        <translation>В Telegram у канала слишком мало недавних постов для оценки.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1148"/>
        <source>Check the channel again over a few days: each check with Telegram adds a reading of its views and subscribers.</source>
        <translation>Проверяйте канал ещё несколько дней: каждая проверка через Telegram добавляет замер его просмотров и подписчиков.</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1155"/>
        <source>Not enough data to judge the views</source>
        <translation>Мало данных, чтобы оценить просмотры</translation>
    </message>
    <message>
        <location filename="../vetting_view.py" line="1159"/>
        <source>Missing: %1.</source>
        <translation>Не хватает: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../main.py" line="84"/>
        <source>Demo data (not saved)</source>
        <translation>Демо-данные (не сохраняются)</translation>
    </message>
    <message>
        <location filename="../../main.py" line="124"/>
        <source>Vetting</source>
        <translation>Проверка канала</translation>
    </message>
</context>
</TS>
