<?php
/**
 *  Enfold's comment callback (includes/loop-comments.php): the function that
 *  wp_list_comments() calls for every comment entry.
 *
 *  Habits kept from the original:
 *  - the author name sits in a <cite class="comment_author_name"> that is itself
 *    wrapped in <cite class="author_name heading">, followed by <span class="says">;
 *  - the date is one text node "DATUM kl. TID" inside a bare <time> without a
 *    datetime attribute, inside the permalink <a>;
 *  - the reply link is printed INSIDE div.comment_text, after the comment's text.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'enfilad_custom_comments' ) ) {
	function enfilad_custom_comments( $comment, $args, $depth ) {
		$GLOBALS['comment'] = $comment; // phpcs:ignore
		?>
	<li <?php comment_class(); ?> id="li-comment-<?php comment_ID(); ?>">

		<div id="comment-<?php comment_ID(); ?>">
		<article>
			<div class="gravatar">
				<?php
				//display the gravatar
				$gravatar_alt = esc_html( get_comment_author() );
				echo get_avatar( $comment, '60', '', $gravatar_alt );
				?>
			</div>

			<!-- display the comment -->
			<div class='comment_content'>
				<header class="comment-header">
					<?php
					$author = '<cite class="comment_author_name">' . get_comment_author() . '</cite>';
					$link   = get_comment_author_url();
					if ( ! empty( $link ) && 'http://' !== $link ) {
						$author = '<a rel="nofollow" href="' . esc_url( $link ) . '" >' . $author . '</a>';
					}

					printf( '<cite class="author_name heading">%s</cite> <span class="says">%s</span>', $author, 'säger:' );
					?>
					<?php edit_comment_link( '(Redigera)', '  ', '' ); ?>

					<!-- display the comment metadata like time and date-->
						<div class="comment-meta commentmetadata">
							<a href="<?php echo htmlspecialchars( get_comment_link( $comment->comment_ID ) ); ?>">
								<time  >
									<?php printf( '%1$s kl. %2$s', get_comment_date(), get_comment_time() ); ?>
								</time>
							</a>
						</div>
				</header>

				<!-- display the comment text -->
				<div class='comment_text entry-content-wrapper clearfix' <?php echo enfilad_markup( 'comment_text' ); ?>>
				<?php comment_text(); ?>
				<?php if ( '0' == $comment->comment_approved ) : ?>
				<em>Din kommentar väntar på granskning.</em>
				<?php endif; ?>
				<?php
				comment_reply_link(
					array_merge(
						$args,
						array(
							'depth'         => $depth,
							'max_depth'     => $args['max_depth'],
							'reply_text'    => 'Svara',
							'reply_to_text' => 'Svara till %s',
							'login_text'    => 'Logga in för att svara',
						)
					)
				);
				?>
				</div>
			</div>

		</article>
	</div>
		<?php
		// No closing </li>: wp_list_comments()' walker closes it after the children.
	}
}
