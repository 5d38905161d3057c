"""The three jobs of the web workspace done in a real browser (Debian's chromium through
chromedriver, driven by Selenium): a lawyer compares two versions and downloads the
comparative table, a working group's secretary checks an XLSX roster and confirms a category,
a trainer ticks clauses and downloads the course. Started by BrowserTests.swift with the
address of a running `kenes serve`; exits non-zero on the first failure.

usage: workspace.py URL FILES_DIR SCREENSHOTS_DIR
"""
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

base, files, shots = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
downloads = os.path.join(files, "downloads")
os.makedirs(downloads, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=ru"]:
    options.add_argument(arg)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
# the driver Debian installs beside its chromium: Selenium Manager never downloads one
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(5)


def check(condition, what):
    if not condition:
        driver.save_screenshot(os.path.join(files, "failure.png"))
        print("FAILED:", what, "at", driver.current_url, file=sys.stderr)
        print(driver.page_source[:3000], file=sys.stderr)
        driver.quit()
        sys.exit(1)


def shot(name):
    driver.save_screenshot(os.path.join(shots, f"workspace-{name}.png"))


def downloaded(suffix, before):
    """The file that appeared in the downloads folder, once chromium has finished writing it:
    it reserves the final name with an empty file while the bytes go to a .crdownload."""
    last_size = -1
    for _ in range(600):
        files = os.listdir(downloads)
        new = [f for f in files if f not in before and f.endswith(suffix)]
        if new and not any(f.endswith(".crdownload") for f in files):
            path = os.path.join(downloads, new[0])
            size = os.path.getsize(path)
            if size > 0 and size == last_size:
                return path
            last_size = size
        time.sleep(0.1)
    check(False, f"no {suffix} downloaded")


def submit(button):
    """Clicks a button that loads a page, and waits for the new page: the old page's window
    carries a mark the new one has not. (Selenium's staleness_of asks chromium about a node
    of a document being replaced, which chromium sometimes answers with an inspector error.)"""
    driver.execute_script("window.kenesOldPage = true")
    button.click()

    def new_page_loaded(d):
        try:
            return d.execute_script("return !window.kenesOldPage && document.readyState === 'complete'")
        except WebDriverException:  # asked in the middle of the navigation
            return False

    WebDriverWait(driver, 60).until(new_page_loaded)


def text():
    return driver.find_element(By.TAG_NAME, "body").text


# The library, in Russian; the interface language switched and remembered.
driver.get(base + "/?ui=ru")
check("Библиотека" in driver.title or "Библиотека" in text(), "the library page in Russian")
check("law-2015-01-01-1-SYN" in driver.page_source, "the demo library's synthetic act")
shot("library")
# keyboard: the first Tab reaches the link that skips to the content
driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
check(driver.switch_to.active_element.get_attribute("class") == "skip", "the skip link is the first stop")

# The act as in force on a date, with its editions.
driver.get(base + "/works/law-2015-01-01-1-SYN?lang=ru&asOf=2022-06-01")
check(driver.find_element(By.ID, "art_8__para_5"), "the clause added in 2022, by its eId")
shot("act")

# Job 1: a lawyer compares two versions and downloads the table.
driver.get(base + "/compare")
driver.find_element(By.CSS_SELECTOR, "input[name=mode][value=files]").click()
driver.find_element(By.NAME, "old").send_keys(os.path.join(files, "public-councils-ru.txt"))
driver.find_element(By.NAME, "new").send_keys(os.path.join(files, "public-councils-ru-draft.txt"))
submit(driver.find_element(By.CSS_SELECTOR, "form[method=post][action='/compare'] button"))
check("Пункт 2-1 статьи 8" in text(), "the inserted clause in the comparison")
driver.find_element(By.ID, "next-change").click()
check(driver.switch_to.active_element.get_attribute("id") == "c1", "next change focuses the first change")
driver.find_element(By.ID, "next-change").click()
check(driver.switch_to.active_element.get_attribute("id") == "c2", "and then the second")
Select(driver.find_element(By.ID, "kind-filter")).select_by_visible_text("дополнено")
check(not driver.find_element(By.ID, "c1").is_displayed(), "the filter hides the other kinds")
shot("compare")
driver.find_element(By.NAME, "rationale.new:art_8__para_2-1").send_keys("Минимальный состав рабочей группы.")
before = set(os.listdir(downloads))
driver.find_element(By.CSS_SELECTOR, "button[name=format][value=table-docx]").click()
table = downloaded(".docx", before)
with open(table, "rb") as f:
    check(f.read(2) == b"PK", "the table is a DOCX package")

# Job 2: a secretary checks an XLSX roster with no category column and confirms a category.
driver.get(base + "/check")
driver.find_element(By.NAME, "roster").send_keys(os.path.join(files, "no-category.xlsx"))
Select(driver.find_element(By.NAME, "body")).select_by_value("council")
submit(driver.find_element(By.CSS_SELECTOR, "form[method=post][action='/check'] button"))
check("НЕ ОПРЕДЕЛЕНО" in text(), "undetermined before the categories are confirmed")
selects = driver.find_elements(By.CSS_SELECTOR, "select[name^='assign.']")
check(len(selects) == 12, f"a select per inferred member ({len(selects)})")
shot("check")
Select(selects[0]).select_by_visible_text("Госорганы")
for s in selects[1:]:
    Select(s).select_by_visible_text("НПО")
submit(driver.find_element(By.XPATH, "//button[contains(., 'Проверить снова')]"))
check("НЕ ОПРЕДЕЛЕНО" not in text(), "the verdict once every category is confirmed")
check("СООТВЕТСТВУЕТ" in text() or "НАРУШЕНИЕ" in text(), "a verdict")
shot("check-confirmed")

# Job 3: a trainer ticks clauses, both languages, and downloads the course.
driver.get(base + "/extract?work=law-2015-01-01-1-SYN&lang=ru")
driver.find_element(By.CSS_SELECTOR, "input[name=ref][value=art_8]").click()
driver.find_element(By.CSS_SELECTOR, "input[name=parallel]").click()
submit(driver.find_element(By.CSS_SELECTOR, "button[name=format][value=preview]"))
check("Общественный совет формируется" in text() and "Қоғамдық кеңес" in text(), "the preview in both languages")
shot("extract")
before = set(os.listdir(downloads))
driver.find_element(By.CSS_SELECTOR, "button[name=format][value=docx]").click()
course = downloaded(".docx", before)
with open(course, "rb") as f:
    check(f.read(2) == b"PK", "the course is a DOCX package")

driver.quit()
print("ok: the three jobs done in", base)
