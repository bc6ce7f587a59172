<?php
/**
 * Pagination layout (Bootstrap 5 .pagination / .page-item / .page-link)
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

if ( ! function_exists( 'strapline_render_pagination' ) ) {
	/**
	 * Wraps an array of paginate_links() items in Bootstrap markup.
	 *
	 * @param array  $links   Links from paginate_links( array( 'type' => 'array' ) ).
	 * @param string $label   Screen reader heading.
	 * @param string $id      Id used for aria-labelledby.
	 * @param string $class   Classes for the <ul>.
	 */
	function strapline_render_pagination( $links, $label, $id, $class = 'pagination' ) {
		if ( empty( $links ) || ! is_array( $links ) ) {
			return;
		}
		?>
		<nav aria-labelledby="<?php echo esc_attr( $id ); ?>">
			<h2 id="<?php echo esc_attr( $id ); ?>" class="screen-reader-text"><?php echo esc_html( $label ); ?></h2>
			<ul class="<?php echo esc_attr( $class ); ?>">
				<?php
				foreach ( $links as $key => $link ) {
					$item_class = 'page-item';
					if ( strpos( $link, 'current' ) ) {
						$item_class .= ' active';
					} elseif ( strpos( $link, 'dots' ) ) {
						$item_class .= ' disabled';
					}
					?>
					<li class="<?php echo esc_attr( $item_class ); ?>">
						<?php echo str_replace( 'page-numbers', 'page-link', $link ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped ?>
					</li>
					<?php
				}
				?>
			</ul>
		</nav>
		<?php
	}
}

if ( ! function_exists( 'strapline_pagination' ) ) {
	/**
	 * Posts pagination for listings.
	 *
	 * @param array  $args  Arguments for paginate_links().
	 * @param string $class Classes for the <ul>.
	 */
	function strapline_pagination( $args = array(), $class = 'pagination' ) {
		if ( ! isset( $args['total'] ) && $GLOBALS['wp_query']->max_num_pages <= 1 ) {
			return;
		}

		$args = wp_parse_args(
			$args,
			array(
				'mid_size'  => 2,
				'prev_next' => true,
				'prev_text' => __( '&laquo; Nyare', 'strapline' ),
				'next_text' => __( 'Äldre &raquo;', 'strapline' ),
				'type'      => 'array',
				'current'   => max( 1, get_query_var( 'paged' ) ),
			)
		);

		$links = paginate_links( $args );

		strapline_render_pagination( $links, __( 'Inläggsnavigering', 'strapline' ), 'posts-nav-label', $class );
	}
}

if ( ! function_exists( 'strapline_comments_pagination' ) ) {
	/**
	 * Comment pagination in Bootstrap markup.
	 */
	function strapline_comments_pagination() {
		if ( get_comment_pages_count() <= 1 || ! get_option( 'page_comments' ) ) {
			return;
		}

		$links = paginate_comments_links(
			array(
				'echo'      => false,
				'type'      => 'array',
				'mid_size'  => 2,
				'prev_text' => __( '&laquo; Äldre kommentarer', 'strapline' ),
				'next_text' => __( 'Nyare kommentarer &raquo;', 'strapline' ),
			)
		);

		strapline_render_pagination( $links, __( 'Kommentarsnavigering', 'strapline' ), 'comment-nav-label', 'pagination pagination-sm comment-navigation' );
	}
}
