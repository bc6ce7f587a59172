
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Till toppen"><i class="icon-angle-up" ></i></a>
