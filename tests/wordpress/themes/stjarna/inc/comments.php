<?php
/**
 * Kommentarer: callback och formulär i Astras stil.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'stjarna_theme_comment' ) ) :
	/**
	 * Callback för wp_list_comments() (motsvarar astra_theme_comment).
	 *
	 * <li> för vanliga kommentarer stängs av WordPress (Walker_Comment::end_el).
	 *
	 * @param WP_Comment $comment Kommentar.
	 * @param array      $args    Argument.
	 * @param int        $depth   Djup.
	 */
	function stjarna_theme_comment( $comment, $args, $depth ) {

		switch ( $comment->comment_type ) {

			case 'pingback':
			case 'trackback':
				// Display trackbacks differently than normal comments.
				?>
				<li <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>">
					<p><?php esc_html_e( 'Pingback:', 'stjarna' ); ?> <?php comment_author_link(); ?> <?php edit_comment_link( __( '(Redigera)', 'stjarna' ), '<span class="edit-link">', '</span>' ); ?></p>
				</li>
				<?php
				break;

			default:
				// Proceed with normal comments.
				global $post;
				$is_post_author = ( (int) $comment->user_id > 0 && $post && (int) $comment->user_id === (int) $post->post_author );
				?>
				<li <?php comment_class(); ?> id="li-comment-<?php comment_ID(); ?>">

					<article id="comment-<?php comment_ID(); ?>" class="ast-comment">
						<div class= 'ast-comment-info'>
							<div class='ast-comment-avatar-wrap'><?php echo get_avatar( $comment, 50 ); ?></div><!-- Remove 1px Space
							--><div class="ast-comment-data-wrap">
								<div class="ast-comment-meta-wrap">
									<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
										<?php
										printf(
											'<div class="ast-comment-cite-wrap"><cite><b class="fn">%1$s</b> %2$s</cite> <span class="says">%3$s</span></div>',
											get_comment_author_link(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
											$is_post_author ? '<span class="ast-highlight-text ast-cmt-post-author">' . esc_html__( 'Inläggsförfattare', 'stjarna' ) . '</span>' : '', // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
											esc_html__( 'säger:', 'stjarna' )
										);

										if ( apply_filters( 'stjarna_single_post_comment_time_enabled', true ) ) {
											printf(
												'<div class="ast-comment-time"><span  class="timendate"><a href="%1$s"><time datetime="%2$s">%3$s</time></a></span></div>',
												esc_url( get_comment_link( $comment->comment_ID ) ),
												esc_attr( get_comment_time( 'c' ) ),
												/* translators: 1: date, 2: time */
												esc_html( sprintf( __( '%1$s kl. %2$s', 'stjarna' ), get_comment_date(), get_comment_time() ) )
											);
										}
										?>
									</header> <!-- .ast-comment-meta -->
								</div>
							</div>
						</div>
						<section class="ast-comment-content comment">
							<?php comment_text(); ?>
							<div class="ast-comment-edit-reply-wrap">
								<?php edit_comment_link( stjarna_default_strings( 'string-comment-edit-link', false ), '<span class="ast-edit-link">', '</span>' ); ?>
								<?php
								comment_reply_link(
									array_merge(
										$args,
										array(
											'reply_text' => stjarna_default_strings( 'string-comment-reply-link', false ),
											'add_below'  => 'comment',
											'depth'      => $depth,
											'max_depth'  => $args['max_depth'],
											'before'     => '<span class="ast-reply-link">',
											'after'      => '</span>',
										)
									)
								);
								?>
							</div>
							<?php if ( '0' == $comment->comment_approved ) : // phpcs:ignore WordPress.PHP.StrictComparisons.LooseComparison ?>
								<p class="ast-highlight-text comment-awaiting-moderation"><?php echo esc_html( stjarna_default_strings( 'string-comment-awaiting-moderation', false ) ); ?></p>
							<?php endif; ?>
						</section> <!-- .ast-comment-content -->
					</article><!-- #comment-## -->
				<!-- </li> -->
				<?php
				break;
		} // end comment_type check
	}
endif;

/**
 * Formulärfält (astra_comment_form_default_fields_markup).
 *
 * @param array $fields Fält.
 * @return array
 */
function stjarna_comment_form_default_fields_markup( $fields ) {

	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$aria_req  = ( $req ? " aria-required='true'" : '' );

	$fields['author'] = '<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">' .
		'<label for="author" class="screen-reader-text">' . esc_html( stjarna_default_strings( 'string-comment-label-name', false ) ) . '</label><input id="author" name="author" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" placeholder="' . esc_attr( stjarna_default_strings( 'string-comment-label-name', false ) ) . '" size="30"' . $aria_req . ' /></p>';

	$fields['email'] = '<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">' .
		'<label for="email" class="screen-reader-text">' . esc_html( stjarna_default_strings( 'string-comment-label-email', false ) ) . '</label><input id="email" name="email" type="text" value="' . esc_attr( $commenter['comment_author_email'] ) . '" placeholder="' . esc_attr( stjarna_default_strings( 'string-comment-label-email', false ) ) . '" size="30"' . $aria_req . ' /></p>';

	$fields['url'] = '<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url">' .
		'<label for="url" class="screen-reader-text">' . esc_html( stjarna_default_strings( 'string-comment-label-website', false ) ) . '</label><input id="url" name="url" type="text" value="' . esc_url( $commenter['comment_author_url'] ) . '" placeholder="' . esc_attr( stjarna_default_strings( 'string-comment-label-website', false ) ) . '" size="30" /></label></p></div>';

	return apply_filters( 'stjarna_comment_form_default_fields_markup', $fields );
}
add_filter( 'comment_form_default_fields', 'stjarna_comment_form_default_fields_markup' );

/**
 * Formulärets standardvärden (astra_comment_form_default_markup).
 *
 * @param array $args Argument.
 * @return array
 */
function stjarna_comment_form_default_markup( $args ) {

	$args['id_form']           = 'ast-commentform';
	$args['title_reply']       = stjarna_default_strings( 'string-comment-title-reply', false );
	$args['cancel_reply_link'] = stjarna_default_strings( 'string-comment-cancel-reply-link', false );
	$args['label_submit']      = html_entity_decode( stjarna_default_strings( 'string-comment-label-submit', false ), ENT_QUOTES, 'UTF-8' );
	$args['comment_field']     = '<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class ="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">' . esc_html( stjarna_default_strings( 'string-comment-label-message', false ) ) . '</label><textarea id="comment" name="comment" placeholder="' . esc_attr( stjarna_default_strings( 'string-comment-label-message', false ) ) . '" cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>';

	return apply_filters( 'stjarna_comment_form_default_markup', $args );
}
add_filter( 'comment_form_defaults', 'stjarna_comment_form_default_markup' );
