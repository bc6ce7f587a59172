/* Samtal – små dekorativa skript (meny, prenumeration, sortering, tillbaka-till-toppen). */
( function () {
	'use strict';
	var toggle = document.querySelector( '.menu-toggle' );
	if ( toggle ) {
		toggle.addEventListener( 'click', function () {
			var nav = document.getElementById( 'site-navigation' );
			var open = nav.classList.toggle( 'toggled' );
			toggle.setAttribute( 'aria-expanded', open ? 'true' : 'false' );
		} );
	}
	var sbs = document.querySelector( '#wpdcom .wpd-sbs-toggle' );
	if ( sbs ) {
		sbs.addEventListener( 'click', function () {
			var bar = document.querySelector( '#wpdcom .wpdiscuz-subscribe-bar' );
			if ( bar ) {
				bar.classList.toggle( 'wpdiscuz-hidden' );
			}
		} );
	}
	var more = document.querySelector( '#wpdcom .wpd-load-more-submit' );
	if ( more ) {
		more.addEventListener( 'click', function () {
			var link = document.querySelector( '#wpdcom .wpd-comment-pagination-fallback a.next, #wpdcom .wpd-comment-pagination-fallback a.prev' );
			if ( link ) {
				window.location.href = link.href;
			}
		} );
	}
	var top = document.querySelector( '.samtal-back-to-top' );
	if ( top ) {
		window.addEventListener( 'scroll', function () {
			top.classList.toggle( 'samtal-back-to-top__show', window.pageYOffset > 300 );
		} );
		top.addEventListener( 'click', function ( e ) {
			e.preventDefault();
			window.scrollTo( { top: 0, behavior: 'smooth' } );
		} );
	}
}() );
