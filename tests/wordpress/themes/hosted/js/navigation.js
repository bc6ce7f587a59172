/**
 * Handles toggling the navigation menu for small screens,
 * and reveals the follow bubble once the page has loaded.
 */
( function() {
	window.addEventListener( 'load', function() {
		var bar = document.getElementById( 'actionbar' );
		if ( bar ) {
			bar.style.display = '';
			bar.className += ' actnbr-loaded';
		}
	} );

	var container = document.getElementById( 'site-navigation' );
	if ( ! container ) {
		return;
	}
	var button = container.getElementsByTagName( 'button' )[0];
	var menu = container.getElementsByTagName( 'ul' )[0];
	if ( ! button ) {
		return;
	}
	if ( ! menu ) {
		button.style.display = 'none';
		return;
	}
	button.onclick = function() {
		var expanded = container.classList.toggle( 'toggled' );
		button.setAttribute( 'aria-expanded', expanded ? 'true' : 'false' );
	};
} )();
