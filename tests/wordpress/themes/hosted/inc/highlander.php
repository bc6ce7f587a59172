<?php
/**
 * The WordPress.com comment form ("Highlander"), written out by hand.
 *
 * The form is still a regular comment_form(): the textarea, the identity box
 * (log-in options + guest fields) and the subscription checkboxes are passed
 * in as its arguments, and the hidden fields WordPress.com adds are printed
 * on the form's hooks. Everything posts to wp-comments-post.php as usual.
 *
 * @package Hosted
 */

/**
 * Log-in service icons (inline SVG; nothing is fetched from elsewhere).
 *
 * @param string $service Service key.
 * @return string
 */
function hosted_nascar_icon( $service ) {
	$icons = array(
		'wordpress' => '<svg xmlns="http://www.w3.org/2000/svg" role="presentation" viewBox="0 0 24 24"><rect x="0" fill="none" width="24" height="24"/><g><path fill="#0087be" d="M12.158 12.786l-2.698 7.84c.806.236 1.657.365 2.54.365 1.047 0 2.05-.18 2.986-.51-.024-.037-.046-.078-.065-.123l-2.762-7.57zM3.008 12c0 3.56 2.07 6.634 5.068 8.092L3.788 8.342c-.5 1.117-.78 2.354-.78 3.658zm15.06-.454c0-1.112-.398-1.88-.74-2.48-.456-.74-.883-1.368-.883-2.11 0-.825.627-1.595 1.51-1.595.04 0 .078.006.116.008-1.598-1.464-3.73-2.36-6.07-2.36-3.14 0-5.904 1.613-7.512 4.053.21.008.41.012.58.012.94 0 2.395-.114 2.395-.114.484-.028.54.684.057.74 0 0-.487.058-1.03.086l3.275 9.74 1.968-5.902-1.4-3.838c-.485-.028-.944-.085-.944-.085-.486-.03-.43-.77.056-.742 0 0 1.484.114 2.368.114.94 0 2.397-.114 2.397-.114.486-.028.543.684.058.74 0 0-.488.058-1.03.086l3.25 9.665.897-2.997c.456-1.17.684-2.137.684-2.907zm1.82-3.86c.04.286.06.593.06.924 0 .912-.17 1.938-.683 3.22l-2.746 7.94c2.672-1.558 4.47-4.454 4.47-7.77 0-1.564-.4-3.033-1.1-4.314zM12 22C6.486 22 2 17.514 2 12S6.486 2 12 2s10 4.486 10 10-4.486 10-10 10z"/></g></svg>',
		'google'    => '<svg xmlns="http://www.w3.org/2000/svg" role="presentation" viewBox="0 0 24 24"><rect x="0" fill="none" width="24" height="24"/><g><path fill="#4285f4" d="M21.6 12.23c0-.71-.06-1.4-.18-2.05H12v3.87h5.38a4.6 4.6 0 0 1-2 3.02v2.5h3.24c1.9-1.75 2.98-4.33 2.98-7.34z"/><path fill="#34a853" d="M12 22c2.7 0 4.97-.9 6.62-2.42l-3.24-2.5c-.9.6-2.04.95-3.38.95-2.6 0-4.8-1.76-5.59-4.12H3.07v2.59A10 10 0 0 0 12 22z"/><path fill="#fbbc05" d="M6.41 13.91A6 6 0 0 1 6.1 12c0-.66.11-1.31.31-1.91V7.5H3.07A10 10 0 0 0 2 12c0 1.61.39 3.14 1.07 4.5l3.34-2.59z"/><path fill="#ea4335" d="M12 5.97c1.47 0 2.79.5 3.82 1.5l2.87-2.87C16.96 2.99 14.7 2 12 2 8.09 2 4.71 4.24 3.07 7.5l3.34 2.59C7.2 7.73 9.4 5.97 12 5.97z"/></g></svg>',
		'twitter'   => '<svg xmlns="http://www.w3.org/2000/svg" role="presentation" viewBox="0 0 24 24"><rect x="0" fill="none" width="24" height="24"/><g><path fill="#000" d="M13.982 10.622 20.54 3h-1.554l-5.693 6.618L8.745 3H3.5l6.876 10.007L3.5 21h1.554l6.012-6.989L15.868 21h5.245l-7.131-10.378Zm-2.128 2.474-.697-.997-5.543-7.93H8l4.474 6.4.697.996 5.815 8.318h-2.387l-4.745-6.787Z"/></g></svg>',
		'facebook'  => '<svg xmlns="http://www.w3.org/2000/svg" role="presentation" viewBox="0 0 24 24"><rect x="0" fill="none" width="24" height="24"/><g><path fill="#3b5998" d="M20.007 3H3.993C3.445 3 3 3.445 3 3.993v16.013c0 .55.445.994.993.994h8.62v-6.97H10.27V11.31h2.346V9.31c0-2.325 1.42-3.59 3.494-3.59.993 0 1.847.073 2.096.106v2.43h-1.438c-1.128 0-1.346.537-1.346 1.324v1.734h2.69l-.35 2.717h-2.34V21h4.587c.548 0 .993-.445.993-.993V3.993C21 3.445 20.555 3 20.007 3z"/></g></svg>',
	);
	return isset( $icons[ $service ] ) ? $icons[ $service ] : '';
}

/**
 * Hidden fields WordPress.com puts at the top of the comment form.
 */
function hosted_highlander_hidden_fields() {
	$post_as = is_user_logged_in() ? 'wordpress' : 'guest';

	printf(
		'<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="%s" />',
		esc_attr( wp_create_nonce( 'highlander_comment' ) )
	);
	wp_referer_field();
	echo "\n";
	printf( '<input type="hidden" name="hc_post_as" id="hc_post_as" value="%s" />' . "\n", esc_attr( $post_as ) );
	echo '<input type="hidden" name="hc_avatar" id="hc_avatar" value="" />' . "\n";
	echo '<input type="hidden" name="hc_foreign_user" id="hc_foreign_user" value="" />' . "\n";
	echo '<input type="hidden" name="hc_access_token" id="hc_access_token" value="" />' . "\n";
	echo '<input type="hidden" name="hc_userid" id="hc_userid" value="" />' . "\n";
	echo '<input type="hidden" name="hc_username" id="hc_username" value="" />' . "\n";
	echo '<input type="hidden" name="hc_useremail" id="hc_useremail" value="" />' . "\n";
}
add_action( 'comment_form_top', 'hosted_highlander_hidden_fields' );

/**
 * The identity box: log-in icons ("nascar") and the guest fields.
 *
 * @return string
 */
function hosted_highlander_identity() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$required  = $req ? ' <span class="required">' . esc_html__( '(obligatoriskt)', 'hosted' ) . '</span>' : '';
	$here      = hosted_current_url();

	$services = array(
		'wordpress' => array( 'WordPress.com', __( 'Du kommenterar med ditt WordPress.com-konto.', 'hosted' ) ),
		'google'    => array( 'Google', __( 'Du kommenterar med ditt Google-konto.', 'hosted' ) ),
		'twitter'   => array( 'X', __( 'Du kommenterar med ditt X-konto.', 'hosted' ) ),
		'facebook'  => array( 'Facebook', __( 'Du kommenterar med ditt Facebook-konto.', 'hosted' ) ),
	);

	$nascar = '<li class="selected" style="display:none;"><a href="#comment-form-guest" id="postas-guest" class="nascar-signin-link" title="' . esc_attr__( 'Gäst', 'hosted' ) . '"></a></li>' . "\n";
	foreach ( $services as $key => $service ) {
		$href = 'wordpress' === $key
			? esc_url( 'https://wordpress.com/log-in?redirect_to=' . rawurlencode( $here ) )
			: esc_attr( '#comment-form-load-service:' . $service[0] );
		$nascar .= sprintf(
			'<li><a href="%1$s" id="postas-%2$s" class="nascar-signin-link" title="%3$s">%4$s<span class="screen-reader-text">%5$s</span></a></li>' . "\n",
			$href,
			esc_attr( $key ),
			esc_attr( $service[0] ),
			hosted_nascar_icon( $key ),
			/* translators: %s: service name. */
			esc_html( sprintf( __( 'Logga in med %s', 'hosted' ), $service[0] ) )
		);
	}

	$html  = '<div id="comment-form-identity" style="display: none;">' . "\n";
	$html .= '<div id="comment-form-nascar">' . "\n";
	$html .= '<p>' . esc_html__( 'Fyll i dina uppgifter nedan eller klicka på en ikon för att logga in:', 'hosted' ) . '</p>' . "\n";
	$html .= '<ul>' . "\n" . $nascar . '</ul>' . "\n";
	$html .= '</div>' . "\n";

	// Guest: e-mail, name, website.
	$html .= '<div id="comment-form-guest" class="comment-form-service selected">' . "\n";
	$html .= '<div class="comment-form-padder">' . "\n";
	$html .= '<div class="comment-form-avatar"><a href="https://gravatar.com/site/signup/" target="_blank" rel="noopener"><svg class="no-grav" width="25" height="25" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Gravatar"><circle cx="12" cy="12" r="12" fill="#c3c4c7"/><circle cx="12" cy="9" r="4" fill="#fff"/><path d="M4.5 19.5c1.6-3 4.3-4.5 7.5-4.5s5.9 1.5 7.5 4.5" fill="#fff"/></svg></a></div>' . "\n";
	$html .= '<div class="comment-form-fields">' . "\n";
	$html .= sprintf(
		'<div class="comment-form-field comment-form-email"><label for="email">%1$s%2$s <span class="nopublish">%3$s</span></label><div class="comment-form-input"><input id="email" name="email" type="email" value="%4$s" /></div></div>' . "\n",
		esc_html__( 'E-post', 'hosted' ),
		$required,
		esc_html__( '(Adressen publiceras aldrig)', 'hosted' ),
		esc_attr( $commenter['comment_author_email'] )
	);
	$html .= sprintf(
		'<div class="comment-form-field comment-form-author"><label for="author">%1$s%2$s</label><div class="comment-form-input"><input id="author" name="author" type="text" value="%3$s" /></div></div>' . "\n",
		esc_html__( 'Namn', 'hosted' ),
		$required,
		esc_attr( $commenter['comment_author'] )
	);
	$html .= sprintf(
		'<div class="comment-form-field comment-form-url"><label for="url">%1$s</label><div class="comment-form-input"><input id="url" name="url" type="url" value="%2$s" /></div></div>' . "\n",
		esc_html__( 'Webbplats', 'hosted' ),
		esc_attr( $commenter['comment_author_url'] )
	);
	$html .= '</div>' . "\n" . '</div>' . "\n" . '</div>' . "\n";

	// One box per log-in service, empty until the visitor logs in.
	foreach ( $services as $key => $service ) {
		$html .= sprintf(
			'<div id="comment-form-%1$s" class="comment-form-service"><div class="comment-form-padder"><div class="comment-form-avatar"></div><div class="comment-form-fields">'
			. '<input type="hidden" name="%1$s_avatar" id="%1$s-avatar" class="comment-meta-%1$s" value="" />'
			. '<input type="hidden" name="%1$s_user_id" id="%1$s-user_id" class="comment-meta-%1$s" value="" />'
			. '<input type="hidden" name="%1$s_access_token" id="%1$s-access_token" class="comment-meta-%1$s" value="" />'
			. '<strong></strong> %2$s <span class="comment-form-service-links">(&nbsp;<a href="#">%3$s</a>&nbsp;/&nbsp;<a href="#">%4$s</a>&nbsp;)</span>'
			. '</div></div></div>' . "\n",
			esc_attr( $key ),
			esc_html( $service[1] ),
			esc_html__( 'Logga ut', 'hosted' ),
			esc_html__( 'Ändra', 'hosted' )
		);
	}

	$html .= '<div id="comment-form-load-service" class="comment-form-service"><div class="comment-form-posting-as-cancel"><a href="#">' . esc_html__( 'Avbryt', 'hosted' ) . '</a></div><p>' . esc_html__( 'Ansluter till %s', 'hosted' ) . '</p></div>' . "\n";
	$html .= '</div>' . "\n";

	// Expando: show the identity box once the visitor starts writing.
	$html .= "<script>\n"
		. "( function() {\n"
		. "\tvar comment = document.getElementById( 'comment' ), identity = document.getElementById( 'comment-form-identity' );\n"
		. "\tif ( ! comment || ! identity ) { return; }\n"
		. "\tvar label = document.querySelector( '.comment-textarea label' );\n"
		. "\tif ( label && 'placeholder' in comment ) { comment.setAttribute( 'placeholder', label.textContent ); label.style.display = 'none'; }\n"
		. "\tcomment.addEventListener( 'focus', function() { identity.style.display = 'block'; } );\n"
		. "} )();\n"
		. "</script>\n";

	return $html;
}

/**
 * The subscription checkboxes (Jetpack prepends them to the submit field).
 *
 * @return string
 */
function hosted_highlander_subscribe() {
	return '<div id="comment-form-subscribe">'
		. '<p class="comment-subscription-form"><input type="checkbox" name="subscribe" id="subscribe" value="subscribe" style="width: auto;"/> <label class="subscribe-label" id="subscribe-label" for="subscribe" style="display: inline;">' . esc_html__( 'Meddela mig om nya kommentarer via e-post.', 'hosted' ) . '</label></p>'
		. '<p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" style="width: auto;"/> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog" style="display: inline;">' . esc_html__( 'Meddela mig om nya inlägg via e-post.', 'hosted' ) . '</label></p>'
		. '</div>' . "\n";
}

/**
 * Arguments for comment_form().
 *
 * @return array
 */
function hosted_comment_form_args() {
	$user = wp_get_current_user();

	return array(
		'fields'               => array(
			'identity' => hosted_highlander_identity(),
		),
		'comment_field'        => '<div class="comment-form-field comment-textarea">'
			. '<label for="comment">' . esc_html__( 'Skriv en kommentar …', 'hosted' ) . '</label>'
			. '<div id="comment-form-comment"><textarea id="comment" name="comment" title="' . esc_attr__( 'Skriv en kommentar …', 'hosted' ) . '"></textarea></div>'
			. '</div>' . "\n",
		'comment_notes_before' => '',
		'comment_notes_after'  => '',
		'logged_in_as'         => sprintf(
			'<p class="logged-in-as">%s</p>',
			sprintf(
				/* translators: 1: user name, 2: log out URL. */
				__( 'Du kommenterar som <strong>%1$s</strong>. <a href="%2$s">Logga ut?</a>', 'hosted' ),
				esc_html( $user->display_name ),
				esc_url( wp_logout_url( get_permalink() ) )
			)
		),
		'title_reply'          => esc_html__( 'Lämna en kommentar', 'hosted' ),
		/* translators: %s: comment author. */
		'title_reply_to'       => esc_html__( 'Svara %s', 'hosted' ),
		'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'hosted' ),
		'label_submit'         => esc_attr__( 'Publicera kommentar', 'hosted' ),
		'id_submit'            => 'comment-submit',
		'class_submit'         => 'submit wp-block-button__link',
		'submit_field'         => hosted_highlander_subscribe() . '<p class="form-submit wp-block-button">%1$s %2$s</p>',
	);
}

/**
 * WordPress.com has no cookie-consent checkbox; drop the one core adds back.
 *
 * @param array $fields Comment form fields.
 * @return array
 */
function hosted_comment_form_fields( $fields ) {
	unset( $fields['cookies'] );
	return $fields;
}
add_filter( 'comment_form_fields', 'hosted_comment_form_fields' );

/**
 * Trailing hidden fields (Akismet's nonce and the generation timestamp).
 */
function hosted_highlander_after_form() {
	printf(
		'<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="%s" /></p>' . "\n",
		esc_attr( wp_create_nonce( 'akismet_comment_nonce_' . get_the_ID() ) )
	);
	printf( '<input type="hidden" name="genseq" value="%d" />' . "\n", (int) time() );
}
add_action( 'comment_form', 'hosted_highlander_after_form' );
