<?php
/**
 * Comment walker: Bootstrap media objects (d-flex / flex-shrink-0 / flex-grow-1).
 *
 * Replies are nested inside the parent's .flex-grow-1 body, so start_el leaves
 * the wrappers open and end_el closes them.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( 'Strapline_Comment_Walker' ) ) {
	/**
	 * Strapline_Comment_Walker
	 */
	class Strapline_Comment_Walker extends Walker_Comment {

		/**
		 * Start the list of child comments.
		 *
		 * @param string $output Used to append additional content (passed by reference).
		 * @param int    $depth  Depth of the current comment.
		 * @param array  $args   Arguments.
		 */
		public function start_lvl( &$output, $depth = 0, $args = array() ) {
			$GLOBALS['comment_depth'] = $depth + 1;
			$output .= '<ul class="children list-unstyled mt-4">' . "\n";
		}

		/**
		 * End the list of child comments.
		 *
		 * @param string $output Used to append additional content (passed by reference).
		 * @param int    $depth  Depth of the current comment.
		 * @param array  $args   Arguments.
		 */
		public function end_lvl( &$output, $depth = 0, $args = array() ) {
			$GLOBALS['comment_depth'] = $depth + 1;
			$output .= "</ul><!-- .children -->\n";
		}

		/**
		 * Ends the element output: closes .flex-grow-1, .d-flex and the <li>.
		 *
		 * @param string     $output      Used to append additional content (passed by reference).
		 * @param WP_Comment $data_object Comment data object.
		 * @param int        $depth       Depth of the current comment.
		 * @param array      $args        An array of arguments.
		 */
		public function end_el( &$output, $data_object, $depth = 0, $args = array() ) {
			if ( $this->is_ping( $data_object ) && ! empty( $args['short_ping'] ) ) {
				$output .= "</li><!-- .pingback -->\n";
				return;
			}
			$output .= "\t\t</div><!-- .flex-grow-1 -->\n\t</div><!-- .d-flex -->\n</li><!-- #comment-## -->\n";
		}

		/**
		 * Is the comment a pingback or trackback?
		 *
		 * @param WP_Comment $comment Comment.
		 * @return bool
		 */
		protected function is_ping( $comment ) {
			return ( 'pingback' === $comment->comment_type || 'trackback' === $comment->comment_type );
		}

		/**
		 * Pingbacks/trackbacks as Bootstrap list-group items.
		 *
		 * @param WP_Comment $comment The comment object.
		 * @param int        $depth   Depth of the current comment.
		 * @param array      $args    An array of arguments.
		 */
		protected function ping( $comment, $depth, $args ) {
			$label = ( 'trackback' === $comment->comment_type ) ? __( 'Trackback', 'strapline' ) : __( 'Pingback', 'strapline' );
			?>
			<li id="comment-<?php comment_ID(); ?>" <?php comment_class( 'list-group-item', $comment ); ?>>
				<span class="badge bg-light text-dark border me-1"><?php echo esc_html( $label ); ?></span>
				<span class="ping-author"><?php comment_author_link( $comment ); ?></span>
				<small class="text-muted ms-1">
					<a class="text-muted" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><time datetime="<?php comment_time( 'c' ); ?>"><?php echo esc_html( strapline_comment_datetime( $comment ) ); ?></time></a>
				</small>
				<?php edit_comment_link( __( 'Redigera', 'strapline' ), '<small class="edit-link ms-2">', '</small>' ); ?>
			<?php
		}

		/**
		 * Outputs a comment as a Bootstrap media object (wrappers left open).
		 *
		 * @param WP_Comment $comment Comment to display.
		 * @param int        $depth   Depth of the current comment.
		 * @param array      $args    An array of arguments.
		 */
		protected function html5_comment( $comment, $depth, $args ) {
			$commenter          = wp_get_current_commenter();
			$show_pending_links = ! empty( $commenter['comment_author'] );

			$comment_author = get_comment_author_link( $comment );
			if ( '0' === $comment->comment_approved && ! $show_pending_links ) {
				$comment_author = get_comment_author( $comment );
			}

			$heading = ( $depth > 1 ) ? 'h6' : 'h5';
			?>
<li id="comment-<?php comment_ID(); ?>" <?php comment_class( array_filter( array( $this->has_children ? 'parent' : '', 'mb-4' ) ), $comment ); ?>>
	<div id="div-comment-<?php comment_ID(); ?>" class="d-flex comment-body">
		<div class="flex-shrink-0">
			<?php
			if ( 0 !== (int) $args['avatar_size'] ) {
				echo get_avatar( $comment, $args['avatar_size'], '', '', array( 'class' => 'rounded-circle' ) );
			}
			?>
		</div>
		<div class="flex-grow-1 ms-3">
			<<?php echo $heading; // phpcs:ignore ?> class="comment-author vcard mt-0 mb-1"><span class="fn"><?php echo $comment_author; // phpcs:ignore ?></span></<?php echo $heading; // phpcs:ignore ?>>
			<div class="comment-metadata small text-muted mb-2">
				<a class="text-muted" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>"><time datetime="<?php comment_time( 'c' ); ?>"><?php echo esc_html( strapline_comment_datetime( $comment ) ); ?></time></a>
				<?php edit_comment_link( __( 'Redigera', 'strapline' ), '<span class="edit-link ms-2">', '</span>' ); ?>
			</div>

			<?php if ( '0' === $comment->comment_approved ) : ?>
				<p class="comment-awaiting-moderation alert alert-warning py-1 px-2 small mb-2"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'strapline' ); ?></p>
			<?php endif; ?>

			<div class="comment-content">
				<?php comment_text(); ?>
			</div>

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
		}
	}
}

if ( ! function_exists( 'strapline_comment_datetime' ) ) {
	/**
	 * Comment date as "2018-09-14 kl. 16:40".
	 *
	 * @param WP_Comment|int $comment Comment.
	 * @return string
	 */
	function strapline_comment_datetime( $comment ) {
		$comment = get_comment( $comment );
		return sprintf(
			/* translators: 1: date, 2: time */
			__( '%1$s kl. %2$s', 'strapline' ),
			mysql2date( 'Y-m-d', $comment->comment_date ),
			mysql2date( 'H:i', $comment->comment_date )
		);
	}
}
