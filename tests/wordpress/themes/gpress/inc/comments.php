<?php
/**
 * Kommentarer: callback för wp_list_comments() och formulärfält.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'generate_comment' ) ) {
	/**
	 * Template for comments and pingbacks.
	 *
	 * Used as a callback by wp_list_comments() for displaying the comments.
	 * WordPress closes the <li> itself (no end-callback).
	 *
	 * @param object $comment The comment object.
	 * @param array  $args The existing args.
	 * @param int    $depth The thread depth.
	 */
	function generate_comment( $comment, $args, $depth ) {
		$args['avatar_size'] = apply_filters( 'generate_comment_avatar_size', 50 );

		if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) :
			?>
			<li id="comment-<?php comment_ID(); ?>" <?php comment_class(); ?>>
				<div class="comment-body">
					<?php esc_html_e( 'Pingback:', 'gpress' ); ?> <?php comment_author_link(); ?> <?php edit_comment_link( __( 'Redigera', 'gpress' ), '<span class="edit-link">', '</span>' ); ?>
				</div>

			<?php
		else :
			?>

			<li id="comment-<?php comment_ID(); ?>" <?php comment_class( empty( $args['has_children'] ) ? '' : 'parent' ); ?>>
				<article class="comment-body" id="div-comment-<?php comment_ID(); ?>" <?php generate_do_microdata( 'comment-body' ); ?>>
					<footer class="comment-meta" aria-label="<?php esc_attr_e( 'Kommentarsmeta', 'gpress' ); ?>">
						<?php
						if ( 0 != $args['avatar_size'] ) { // phpcs:ignore
							echo get_avatar( $comment, $args['avatar_size'] );
						}
						?>
						<div class="comment-author-info">
							<div class="comment-author vcard" <?php generate_do_microdata( 'comment-author' ); ?>>
								<?php printf( '<cite itemprop="name" class="fn">%s</cite>', get_comment_author_link() ); ?>
							</div>

							<?php do_action( 'generate_after_comment_author_name' ); ?>

							<div class="entry-meta comment-metadata">
								<a href="<?php echo esc_url( get_comment_link( $comment->comment_ID ) ); ?>">
									<time datetime="<?php comment_time( 'c' ); ?>" itemprop="datePublished">
										<?php
										printf(
											/* translators: 1: date, 2: time */
											_x( '%1$s kl. %2$s', '1: date, 2: time', 'gpress' ), // phpcs:ignore
											get_comment_date(), // phpcs:ignore
											get_comment_time() // phpcs:ignore
										);
										?>
									</time>
								</a>
								<?php edit_comment_link( __( 'Redigera', 'gpress' ), '<span class="edit-link">| ', '</span>' ); ?>
							</div>
						</div>

						<?php if ( '0' == $comment->comment_approved ) : // phpcs:ignore ?>
							<p class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'gpress' ); ?></p>
						<?php endif; ?>
					</footer>

					<div class="comment-content" itemprop="text">
						<?php
						do_action( 'generate_before_comment_text', $comment, $args, $depth );
						comment_text();
						do_action( 'generate_after_comment_text', $comment, $args, $depth );
						?>
					</div>
				</article>
			<?php
		endif;
	}
}

add_action( 'generate_after_comment_text', 'generate_do_comment_reply_link', 10, 3 );
/**
 * Add our comment reply link after the comment text.
 *
 * @param object $comment The comment object.
 * @param array  $args The comment args.
 * @param int    $depth The comment depth.
 */
function generate_do_comment_reply_link( $comment, $args, $depth ) {
	comment_reply_link(
		array_merge(
			$args,
			array(
				'add_below' => 'div-comment',
				'depth'     => $depth,
				'max_depth' => $args['max_depth'],
				'before'    => '<span class="reply">',
				'after'     => '</span>',
			)
		)
	);
}

if ( ! function_exists( 'generate_comment_form_text' ) ) {
	add_filter( 'comment_form_defaults', 'generate_comment_form_text' );
	/**
	 * Change some of the default text in the comments form.
	 *
	 * @param array $defaults The default values.
	 * @return array
	 */
	function generate_comment_form_text( $defaults ) {
		$defaults['title_reply']          = __( 'Lämna en kommentar', 'gpress' );
		$defaults['label_submit']         = __( 'Skicka kommentar', 'gpress' );
		$defaults['comment_notes_before'] = null;
		$defaults['comment_notes_after']  = null;
		$defaults['id_form']              = 'commentform';
		$defaults['id_submit']            = 'submit';
		$defaults['cancel_reply_link']    = __( 'Avbryt svar', 'gpress' );
		$defaults['comment_field']        = sprintf(
			'<p class="comment-form-comment"><label for="comment" class="screen-reader-text">%1$s</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>',
			esc_html__( 'Kommentar', 'gpress' )
		);

		return $defaults;
	}
}

if ( ! function_exists( 'generate_set_comment_form_fields' ) ) {
	add_filter( 'comment_form_default_fields', 'generate_set_comment_form_fields' );
	/**
	 * Customizes the existing comment form fields (placeholders, no <p> wrappers).
	 *
	 * @param array $fields The existing fields.
	 * @return array
	 */
	function generate_set_comment_form_fields( $fields ) {
		$commenter = wp_get_current_commenter();
		$required  = get_option( 'require_name_email' );

		$fields['author'] = sprintf(
			'<label for="author" class="screen-reader-text">%1$s</label><input placeholder="%1$s%3$s" id="author" name="author" type="text" value="%2$s" size="30"%4$s />',
			esc_html__( 'Namn', 'gpress' ),
			esc_attr( $commenter['comment_author'] ),
			$required ? ' *' : '',
			$required ? ' required' : ''
		);

		$fields['email'] = sprintf(
			'<label for="email" class="screen-reader-text">%1$s</label><input placeholder="%1$s%3$s" id="email" name="email" type="email" value="%2$s" size="30"%4$s />',
			esc_html__( 'E-post', 'gpress' ),
			esc_attr( $commenter['comment_author_email'] ),
			$required ? ' *' : '',
			$required ? ' required' : ''
		);

		$fields['url'] = sprintf(
			'<label for="url" class="screen-reader-text">%1$s</label><input placeholder="%1$s" id="url" name="url" type="url" value="%2$s" size="30" />',
			esc_html__( 'Webbplats', 'gpress' ),
			esc_attr( $commenter['comment_author_url'] )
		);

		return $fields;
	}
}

if ( ! function_exists( 'generate_do_comments_template' ) ) {
	/**
	 * Kommentarsområdet på enskilda inlägg och sidor.
	 */
	function generate_do_comments_template() {
		if ( comments_open() || '0' != get_comments_number() ) : // phpcs:ignore
			?>
			<div class="comments-area">
				<?php comments_template(); ?>
			</div>
			<?php
		endif;
	}
}
