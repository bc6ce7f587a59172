<?php
/**
 * Widgetar: artikelblock (Mest lästa / Senaste nytt m.fl.).
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * [Tidning] Artikelblock – td_block_7 som widget.
 */
class Tidning_Block_Widget extends WP_Widget {

	public function __construct() {
		parent::__construct(
			'td_block_7_widget',
			__( '[Tidning] Artikelblock', 'tidning' ),
			array(
				'classname'   => 'td_pb_widget',
				'description' => __( 'Lista med artiklar: senaste, mest lästa eller mest kommenterade.', 'tidning' ),
			)
		);
	}

	/**
	 * {@inheritDoc}
	 */
	public function widget( $args, $instance ) {
		$title = ! empty( $instance['title'] ) ? $instance['title'] : __( 'Senaste nytt', 'tidning' );
		$sort  = ! empty( $instance['sort'] ) ? $instance['sort'] : 'latest';
		$limit = ! empty( $instance['limit'] ) ? absint( $instance['limit'] ) : 5;
		$block = tidning_block_7( $title, $sort, $limit );
		if ( ! $block ) {
			return;
		}
		echo $args['before_widget'] . $block . $args['after_widget']; // phpcs:ignore WordPress.Security.EscapeOutput
	}

	/**
	 * {@inheritDoc}
	 */
	public function form( $instance ) {
		$title = isset( $instance['title'] ) ? $instance['title'] : '';
		$sort  = isset( $instance['sort'] ) ? $instance['sort'] : 'latest';
		$limit = isset( $instance['limit'] ) ? absint( $instance['limit'] ) : 5;
		?>
		<p><label for="<?php echo esc_attr( $this->get_field_id( 'title' ) ); ?>"><?php esc_html_e( 'Rubrik:', 'tidning' ); ?></label>
		<input class="widefat" id="<?php echo esc_attr( $this->get_field_id( 'title' ) ); ?>" name="<?php echo esc_attr( $this->get_field_name( 'title' ) ); ?>" type="text" value="<?php echo esc_attr( $title ); ?>" /></p>
		<p><label for="<?php echo esc_attr( $this->get_field_id( 'sort' ) ); ?>"><?php esc_html_e( 'Sortering:', 'tidning' ); ?></label>
		<select class="widefat" id="<?php echo esc_attr( $this->get_field_id( 'sort' ) ); ?>" name="<?php echo esc_attr( $this->get_field_name( 'sort' ) ); ?>">
			<option value="latest" <?php selected( $sort, 'latest' ); ?>><?php esc_html_e( 'Senaste', 'tidning' ); ?></option>
			<option value="popular" <?php selected( $sort, 'popular' ); ?>><?php esc_html_e( 'Mest lästa', 'tidning' ); ?></option>
			<option value="comment_count" <?php selected( $sort, 'comment_count' ); ?>><?php esc_html_e( 'Mest kommenterade', 'tidning' ); ?></option>
			<option value="random" <?php selected( $sort, 'random' ); ?>><?php esc_html_e( 'Slumpvis', 'tidning' ); ?></option>
		</select></p>
		<p><label for="<?php echo esc_attr( $this->get_field_id( 'limit' ) ); ?>"><?php esc_html_e( 'Antal:', 'tidning' ); ?></label>
		<input class="tiny-text" id="<?php echo esc_attr( $this->get_field_id( 'limit' ) ); ?>" name="<?php echo esc_attr( $this->get_field_name( 'limit' ) ); ?>" type="number" min="1" max="20" value="<?php echo esc_attr( $limit ); ?>" /></p>
		<?php
		return '';
	}

	/**
	 * {@inheritDoc}
	 */
	public function update( $new_instance, $old_instance ) {
		$sorts = array( 'latest', 'popular', 'comment_count', 'random' );
		return array(
			'title' => sanitize_text_field( $new_instance['title'] ?? '' ),
			'sort'  => in_array( $new_instance['sort'] ?? '', $sorts, true ) ? $new_instance['sort'] : 'latest',
			'limit' => max( 1, min( 20, absint( $new_instance['limit'] ?? 5 ) ) ),
		);
	}
}

add_action( 'widgets_init', function () {
	register_widget( 'Tidning_Block_Widget' );
} );
