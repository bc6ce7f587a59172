<?php
/**
 * Comment layout: Bootstrap form fields and reply button.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'comment_form_default_fields', 'strapline_bootstrap_comment_form_fields' );

if ( ! function_exists( 'strapline_bootstrap_comment_form_fields' ) ) {
	/**
	 * Creates the comments form fields.
	 *
	 * @param array $fields Form fields.
	 * @return array
	 */
	function strapline_bootstrap_comment_form_fields( $fields ) {
		$commenter = wp_get_current_commenter();
		$req       = get_option( 'require_name_email' );
		$aria_req  = ( $req ? ' required' : '' );
		$required  = ( $req ? ' <span class="required text-danger">*</span>' : '' );
		$consent   = empty( $commenter['comment_author_email'] ) ? '' : ' checked';

		$fields = array(
			'author' => '<div class="mb-3 comment-form-author"><label class="form-label" for="author">' . esc_html__( 'Namn', 'strapline' ) . $required . '</label>'
				. '<input class="form-control" id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $aria_req . '></div>',
			'email'  => '<div class="mb-3 comment-form-email"><label class="form-label" for="email">' . esc_html__( 'E-post', 'strapline' ) . $required . '</label>'
				. '<input class="form-control" id="email" name="email" type="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email"' . $aria_req . '></div>',
			'url'    => '<div class="mb-3 comment-form-url"><label class="form-label" for="url">' . esc_html__( 'Webbplats', 'strapline' ) . '</label>'
				. '<input class="form-control" id="url" name="url" type="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url"></div>',
		);

		if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
			$fields['cookies'] = '<div class="form-check mb-3 comment-form-cookies-consent"><input class="form-check-input" id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . '> '
				. '<label class="form-check-label" for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.', 'strapline' ) . '</label></div>';
		}

		return $fields;
	}
}

add_filter( 'comment_form_defaults', 'strapline_bootstrap_comment_form' );

if ( ! function_exists( 'strapline_bootstrap_comment_form' ) ) {
	/**
	 * Builds the form.
	 *
	 * @param array $args Arguments for form's fields.
	 * @return array
	 */
	function strapline_bootstrap_comment_form( $args ) {
		$args['comment_field']        = '<div class="mb-3 comment-form-comment"><label class="form-label" for="comment">' . esc_html_x( 'Kommentar', 'noun', 'strapline' ) . ' <span class="required text-danger">*</span></label>'
			. '<textarea class="form-control" id="comment" name="comment" rows="6" maxlength="65525" required></textarea></div>';
		$args['class_submit']         = 'btn btn-primary';
		$args['submit_button']        = '<button name="%1$s" type="submit" id="%2$s" class="%3$s">%4$s</button>';
		$args['submit_field']         = '<div class="form-submit">%1$s %2$s</div>';
		$args['title_reply']          = esc_html__( 'Lämna en kommentar', 'strapline' );
		/* translators: %s: Author of the comment being replied to. */
		$args['title_reply_to']       = esc_html__( 'Svara %s', 'strapline' );
		$args['title_reply_before']   = '<h3 id="reply-title" class="comment-reply-title h4 mb-3">';
		$args['title_reply_after']    = '</h3>';
		$args['cancel_reply_link']    = esc_html__( 'Avbryt svar', 'strapline' );
		$args['cancel_reply_before']  = ' <small class="ms-2">';
		$args['cancel_reply_after']   = '</small>';
		$args['label_submit']         = esc_html__( 'Publicera kommentar', 'strapline' );
		$args['comment_notes_before'] = '<p class="comment-notes small text-muted"><span id="email-notes">' . esc_html__( 'Din e-postadress kommer inte publiceras.', 'strapline' ) . '</span> ' . sprintf(
			/* translators: %s: asterisk */
			esc_html__( 'Obligatoriska fält är märkta %s', 'strapline' ),
			'<span class="required text-danger">*</span>'
		) . '</p>';
		$args['class_container']      = 'comment-respond card card-body bg-light mt-4';
		return $args;
	}
}

add_filter( 'comment_reply_link', 'strapline_comment_reply_link_class' );

if ( ! function_exists( 'strapline_comment_reply_link_class' ) ) {
	/**
	 * Reply link as a small outline button.
	 *
	 * @param string $link Reply link markup.
	 * @return string
	 */
	function strapline_comment_reply_link_class( $link ) {
		return str_replace( "class='comment-reply-link'", "class='comment-reply-link btn btn-sm btn-outline-primary'", $link );
	}
}

add_filter( 'comment_reply_link_args', 'strapline_comment_reply_link_args' );

if ( ! function_exists( 'strapline_comment_reply_link_args' ) ) {
	/**
	 * Swedish reply strings.
	 *
	 * @param array $args Reply link args.
	 * @return array
	 */
	function strapline_comment_reply_link_args( $args ) {
		$args['reply_text'] = esc_html__( 'Svara', 'strapline' );
		/* translators: %s: comment author */
		$args['reply_to_text'] = __( 'Svara %s', 'strapline' );
		$args['login_text']    = esc_html__( 'Logga in för att svara', 'strapline' );
		return $args;
	}
}
