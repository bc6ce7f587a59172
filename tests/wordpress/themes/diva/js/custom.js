/* Diva: decoration only (search toggle, mobile menu). */
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		var icon = document.getElementById('et_search_icon');
		var header = document.getElementById('main-header');
		if (icon && header) {
			icon.addEventListener('click', function () {
				header.classList.toggle('et_search_form_visible');
			});
		}
		var mobile = document.querySelector('#et_mobile_nav_menu .mobile_nav');
		if (mobile) {
			mobile.addEventListener('click', function () {
				mobile.classList.toggle('closed');
				mobile.classList.toggle('opened');
			});
		}
	});
})();
