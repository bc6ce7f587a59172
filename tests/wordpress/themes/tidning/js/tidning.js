/* Tidning – dekorativa skript: nyhetsticker, sökruta, mobilmeny, dela/skriv ut. */
(function () {
	'use strict';

	function ready(fn) {
		if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
	}

	ready(function () {
		/* Nyhetsticker */
		document.querySelectorAll('.td-trending-now-wrapper').forEach(function (wrap) {
			var posts = wrap.querySelectorAll('.td-trending-now-post');
			if (posts.length < 2) { return; }
			var current = 0;
			function show(i) {
				posts[current].classList.remove('td-trending-now-active');
				posts[current].style.display = 'none';
				current = (i + posts.length) % posts.length;
				posts[current].classList.add('td-trending-now-active');
				posts[current].style.display = 'block';
			}
			var timer = setInterval(function () { show(current + 1); }, 4000);
			wrap.querySelectorAll('.td-trending-now-nav-left, .td-trending-now-nav-right').forEach(function (a) {
				a.addEventListener('click', function (e) {
					e.preventDefault();
					clearInterval(timer);
					show(current + (a.classList.contains('td-trending-now-nav-left') ? -1 : 1));
				});
			});
		});

		/* Sökruta i menyn */
		var searchBtn = document.getElementById('td-header-search-button');
		if (searchBtn) {
			searchBtn.addEventListener('click', function (e) {
				e.preventDefault();
				var box = document.querySelector('.header-search-wrap .td-drop-down-search');
				if (box) {
					box.classList.toggle('td-drop-down-search-open');
					var input = document.getElementById('td-header-search');
					if (input) { input.focus(); }
				}
			});
		}

		/* Mobilmeny */
		var toggle = document.querySelector('#td-top-mobile-toggle a');
		if (toggle) {
			toggle.addEventListener('click', function (e) {
				e.preventDefault();
				document.body.classList.toggle('td-menu-mob-open-menu');
			});
		}
		var close = document.querySelector('.td-mobile-close a');
		if (close) {
			close.addEventListener('click', function (e) {
				e.preventDefault();
				document.body.classList.remove('td-menu-mob-open-menu');
			});
		}

		/* Delningsknappar i popup, utskrift */
		document.querySelectorAll('.td-social-sharing-button-js.td-social-network').forEach(function (a) {
			a.addEventListener('click', function (e) {
				if (a.classList.contains('td-social-print')) {
					e.preventDefault();
					window.print();
					return;
				}
				if (a.classList.contains('td-social-mail')) { return; }
				e.preventDefault();
				window.open(a.href, 'mywin', 'left=50,top=50,width=600,height=350,toolbar=0');
			});
		});

		/* Till toppen */
		var up = document.querySelector('.td-scroll-up');
		if (up) {
			window.addEventListener('scroll', function () {
				up.style.display = window.pageYOffset > 400 ? 'block' : 'none';
			});
			up.addEventListener('click', function () { window.scrollTo(0, 0); });
		}
	});
}());
