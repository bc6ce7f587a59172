<?php
/**
 * Kommentarer: egen callback för wp_list_comments().
 *
 * @package Flod
 */

if ( ! function_exists( 'flod_comment' ) ) :
	/**
	 * Skriver ut en kommentar. Walker_Comment stänger <li> själv (end_el).
	 *
	 * @param WP_Comment $comment Kommentaren.
	 * @param array      $args    Argument från wp_list_comments().
	 * @param int        $depth   Djup.
	 */
	function flod_comment( $comment, $args, $depth ) {
		$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited

		if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) :
			?>
			<li id="comment-<?php comment_ID(); ?>" <?php comment_class( 'flod-ping-item', $comment ); ?>>
				<div class="flod-ping">
					<span class="flod-ping__label"><?php echo 'trackback' === $comment->comment_type ? 'Trackback:' : 'Pingback:'; ?></span>
					<?php comment_author_link( $comment ); ?>
					<?php edit_comment_link( 'Redigera', '<span class="edit-link">', '</span>' ); ?>
				</div>
			<?php
			return;
		endif;

		$pending = '0' === $comment->comment_approved;
		?>
		<li id="comment-<?php comment_ID(); ?>" <?php comment_class( array_filter( array( 'flod-comment', empty( $args['has_children'] ) ? '' : 'parent' ) ), $comment ); ?>>
			<article id="div-comment-<?php comment_ID(); ?>" class="flod-comment__body comment-body">
				<header class="flod-comment__head comment-meta">
					<?php
					if ( 0 !== (int) $args['avatar_size'] ) {
						echo get_avatar( $comment, $args['avatar_size'], '', '', array( 'class' => 'flod-comment__avatar' ) );
					}
					?>
					<div class="flod-comment__who comment-author vcard">
						<cite class="flod-comment__author fn">
							<?php
							// Som i WordPress kärna: ingen länk på väntande kommentarer.
							if ( $pending ) {
								echo esc_html( get_comment_author( $comment ) );
							} else {
								comment_author_link( $comment );
							}
							?>
						</cite>
						<a class="flod-comment__date comment-metadata" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<time datetime="<?php comment_time( 'c' ); ?>">
								<?php
								printf(
									'%1$s kl. %2$s',
									esc_html( get_comment_date( 'j F Y', $comment ) ),
									esc_html( get_comment_time( 'H.i' ) )
								);
								?>
							</time>
						</a>
					</div>
				</header>

				<?php if ( $pending ) : ?>
					<p class="comment-awaiting-moderation">Din kommentar väntar på granskning. Den syns bara för dig tills en redaktör har godkänt den.</p>
				<?php endif; ?>

				<div class="flod-comment__text comment-content">
					<?php comment_text(); ?>
				</div>

				<footer class="flod-comment__actions">
					<?php
					if ( ! $pending ) {
						comment_reply_link(
							array_merge(
								$args,
								array(
									'add_below'  => 'div-comment',
									'depth'      => $depth,
									'max_depth'  => $args['max_depth'],
									'reply_text' => 'Svara',
									'before'     => '<div class="reply">',
									'after'      => '</div>',
								)
							),
							$comment
						);
					}
					edit_comment_link( 'Redigera', '<span class="edit-link">', '</span>' );
					?>
				</footer>
			</article>
		<?php
	}
endif;
