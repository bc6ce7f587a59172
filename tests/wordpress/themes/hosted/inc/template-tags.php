<?php
/**
 * Custom template tags for this theme.
 *
 * @package Hosted
 */

if ( ! function_exists( 'hosted_posted_on' ) ) :
	/**
	 * Prints the author (with avatar) and the post date, Independent Publisher style.
	 */
	function hosted_posted_on() {
		$author_id = (int) get_the_author_meta( 'ID' );

		$time_string = '<time class="entry-date published updated" datetime="%1$s">%2$s</time>';
		if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
			$time_string = '<time class="entry-date published" datetime="%1$s">%2$s</time><time class="updated" datetime="%3$s">%4$s</time>';
		}

		$time_string = sprintf(
			$time_string,
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( get_the_date() ),
			esc_attr( get_the_modified_date( DATE_W3C ) ),
			esc_html( get_the_modified_date() )
		);

		$posted_on = sprintf(
			'<span class="screen-reader-text">%1$s</span> <a href="%2$s" rel="bookmark">%3$s</a>',
			esc_html_x( 'Publicerad', 'post date', 'hosted' ),
			esc_url( get_permalink() ),
			$time_string
		);

		$avatar = '';
		if ( get_option( 'show_avatars' ) ) {
			$avatar = sprintf(
				'<a href="%1$s" title="%2$s" rel="author">%3$s</a>',
				esc_url( get_author_posts_url( $author_id ) ),
				/* translators: %s: author name */
				esc_attr( sprintf( __( 'Visa alla inlägg av %s', 'hosted' ), get_the_author() ) ),
				get_avatar( $author_id, 40 )
			);
		}

		$byline = sprintf(
			'<span class="author vcard"><a class="url fn n" href="%1$s">%2$s</a></span>',
			esc_url( get_author_posts_url( $author_id ) ),
			esc_html( get_the_author() )
		);

		echo '<span class="byline">' . $avatar . $byline . '</span><span class="posted-on">' . $posted_on . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	}
endif;

if ( ! function_exists( 'hosted_entry_footer' ) ) :
	/**
	 * Prints HTML with meta information for the categories, tags and comments.
	 */
	function hosted_entry_footer() {
		if ( 'post' === get_post_type() ) {
			/* translators: used between list items, there is a space after the comma */
			$categories_list = get_the_category_list( esc_html__( ', ', 'hosted' ) );
			if ( $categories_list ) {
				/* translators: 1: list of categories. */
				printf( '<span class="cat-links">' . esc_html__( 'Publicerat i %1$s', 'hosted' ) . '</span>', $categories_list ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			}

			/* translators: used between list items, there is a space after the comma */
			$tags_list = get_the_tag_list( '', esc_html_x( ', ', 'list item separator', 'hosted' ) );
			if ( $tags_list && ! is_wp_error( $tags_list ) ) {
				/* translators: 1: list of tags. */
				printf( '<span class="tags-links">' . esc_html__( 'Märkt %1$s', 'hosted' ) . '</span>', $tags_list ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			}
		}

		if ( ! is_single() && ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
			echo '<span class="comments-link">';
			comments_popup_link(
				esc_html__( 'Lämna en kommentar', 'hosted' ),
				esc_html__( '1 kommentar', 'hosted' ),
				esc_html__( '% kommentarer', 'hosted' )
			);
			echo '</span>';
		}

		edit_post_link(
			sprintf(
				/* translators: %s: Name of current post. Only visible to screen readers */
				__( 'Redigera<span class="screen-reader-text"> ”%s”</span>', 'hosted' ),
				get_the_title()
			),
			'<span class="edit-link">',
			'</span>'
		);
	}
endif;

if ( ! function_exists( 'hosted_post_thumbnail' ) ) :
	/**
	 * Displays the featured image. Linked on listings, plain on single views.
	 */
	function hosted_post_thumbnail() {
		if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
			return;
		}

		if ( is_singular() ) :
			?>
			<div class="post-thumbnail">
				<?php the_post_thumbnail(); ?>
			</div><!-- .post-thumbnail -->
			<?php
		else :
			?>
			<a class="post-thumbnail" href="<?php the_permalink(); ?>" aria-hidden="true" tabindex="-1">
				<?php
				the_post_thumbnail(
					'post-thumbnail',
					array(
						'alt' => the_title_attribute( array( 'echo' => false ) ),
					)
				);
				?>
			</a>
			<?php
		endif;
	}
endif;

if ( ! function_exists( 'hosted_comment' ) ) :
	/**
	 * Callback for wp_list_comments(): comments, pingbacks and trackbacks.
	 *
	 * The closing </li> is printed by Walker_Comment::end_el().
	 *
	 * @param WP_Comment $comment Comment to display.
	 * @param array      $args    Arguments passed to wp_list_comments().
	 * @param int        $depth   Depth of the current comment.
	 */
	function hosted_comment( $comment, $args, $depth ) {
		$tag = ( 'div' === $args['style'] ) ? 'div' : 'li';

		if ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type ) :
			?>
			<<?php echo $tag; // phpcs:ignore ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( '', $comment ); ?>>
				<div class="comment-body">
					<?php echo 'pingback' === $comment->comment_type ? esc_html__( 'Pingback:', 'hosted' ) : esc_html__( 'Trackback:', 'hosted' ); ?>
					<?php comment_author_link( $comment ); ?>
					<?php edit_comment_link( __( 'Redigera', 'hosted' ), '<span class="edit-link">', '</span>' ); ?>
				</div>
			<?php
			return;
		endif;

		$commenter          = wp_get_current_commenter();
		$show_pending_links = ! empty( $commenter['comment_author'] );
		if ( $commenter['comment_author_email'] ) {
			$moderation_note = __( 'Din kommentar inväntar granskning.', 'hosted' );
		} else {
			$moderation_note = __( 'Din kommentar inväntar granskning. Detta är en förhandsvisning. Din kommentar kommer att synas efter att den har godkänts.', 'hosted' );
		}
		?>
		<<?php echo $tag; // phpcs:ignore ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( empty( $args['has_children'] ) ? '' : 'parent', $comment ); ?>>
			<article id="div-comment-<?php comment_ID(); ?>" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<?php
						if ( 0 !== (int) $args['avatar_size'] ) {
							echo get_avatar( $comment, $args['avatar_size'] );
						}

						$comment_author = get_comment_author_link( $comment );
						if ( '0' === $comment->comment_approved && ! $show_pending_links ) {
							$comment_author = get_comment_author( $comment );
						}

						printf(
							/* translators: %s: Comment author link. */
							__( '%s <span class="says">skriver:</span>', 'hosted' ), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
							sprintf( '<b class="fn">%s</b>', $comment_author ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
						);
						?>
					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<?php
						printf(
							'<a href="%s"><time datetime="%s">%s</time></a>',
							esc_url( get_comment_link( $comment, $args ) ),
							esc_attr( get_comment_time( 'c' ) ),
							/* translators: 1: Comment date, 2: Comment time. */
							esc_html( sprintf( __( '%1$s kl. %2$s', 'hosted' ), get_comment_date( '', $comment ), get_comment_time() ) )
						);

						edit_comment_link( __( 'Redigera', 'hosted' ), ' <span class="edit-link">', '</span>' );
						?>
					</div><!-- .comment-metadata -->

					<?php if ( '0' === $comment->comment_approved ) : ?>
					<em class="comment-awaiting-moderation"><?php echo esc_html( $moderation_note ); ?></em>
					<?php endif; ?>
				</footer><!-- .comment-meta -->

				<div class="comment-content">
					<?php comment_text(); ?>
				</div><!-- .comment-content -->

				<?php
				if ( '1' === $comment->comment_approved || $show_pending_links ) {
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below' => 'div-comment',
								'depth'     => $depth,
								'max_depth' => $args['max_depth'],
								'before'    => '<div class="reply">',
								'after'     => '</div>',
							)
						)
					);
				}
				?>
			</article><!-- .comment-body -->
		<?php
	}
endif;

if ( ! function_exists( 'hosted_posts_navigation' ) ) :
	/**
	 * Older/newer posts links on listings.
	 */
	function hosted_posts_navigation() {
		the_posts_navigation(
			array(
				'prev_text'          => esc_html__( 'Äldre inlägg', 'hosted' ),
				'next_text'          => esc_html__( 'Nyare inlägg', 'hosted' ),
				'screen_reader_text' => esc_html__( 'Inläggsnavigering', 'hosted' ),
			)
		);
	}
endif;

if ( ! function_exists( 'hosted_comment_navigation' ) ) :
	/**
	 * Older/newer comments links, above and below the list.
	 *
	 * @param string $where 'above' or 'below'.
	 */
	function hosted_comment_navigation( $where = 'above' ) {
		if ( get_comment_pages_count() <= 1 || ! get_option( 'page_comments' ) ) {
			return;
		}
		?>
		<nav id="comment-nav-<?php echo esc_attr( $where ); ?>" class="navigation comment-navigation" role="navigation">
			<h2 class="screen-reader-text"><?php esc_html_e( 'Kommentarsnavigering', 'hosted' ); ?></h2>
			<div class="nav-links">
				<div class="nav-previous"><?php previous_comments_link( esc_html__( 'Äldre kommentarer', 'hosted' ) ); ?></div>
				<div class="nav-next"><?php next_comments_link( esc_html__( 'Nyare kommentarer', 'hosted' ) ); ?></div>
			</div><!-- .nav-links -->
		</nav><!-- #comment-nav-<?php echo esc_html( $where ); ?> -->
		<?php
	}
endif;
